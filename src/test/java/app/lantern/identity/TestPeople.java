package app.lantern.identity;

import java.util.Set;

import app.lantern.shared.Role;

/**
 * Tests build the person a service is asked by. Production code cannot: only identity makes a
 * {@link CurrentPerson}, from the security context.
 */
public final class TestPeople {

    private TestPeople() {
    }

    public static CurrentPerson person(long id, String email, String fullName, Long organisationId, Set<Role> roles) {
        return new CurrentPerson(id, email, fullName, organisationId, roles);
    }
}
