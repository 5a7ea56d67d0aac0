package app.lantern.identity;

import java.util.Set;

/**
 * Who is asking: the signed-in person as the rest of Lantern sees them. Modules take it as a
 * controller argument or from {@link People#current()} and decide access in their services.
 */
public record CurrentPerson(long id, String email, String fullName, Long organisationId, Set<Role> roles) {

    public CurrentPerson {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) if (roles.contains(r)) return true;
        return false;
    }

    /** Business unit, administrators and partner leads run or oversee the whole partnership. */
    public boolean runsPartnership() {
        return hasAny(Role.ADMINISTRATOR, Role.BUSINESS_UNIT);
    }
}
