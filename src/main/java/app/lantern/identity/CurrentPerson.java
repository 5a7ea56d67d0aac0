package app.lantern.identity;

import java.util.Objects;
import java.util.Set;

import app.lantern.shared.Role;
import app.lantern.shared.Rule;

/**
 * Who is asking: the signed-in person as the rest of Lantern sees them. Only identity makes one,
 * from the security context (a controller argument, {@link Access#person()}), so what a service
 * decides and what the activity log records are about the same person. Demo data acts as a person
 * through {@link RunAs}.
 */
public final class CurrentPerson {

    private final long id;
    private final String email;
    private final String fullName;
    private final Long organisationId;
    private final Set<Role> roles;

    CurrentPerson(long id, String email, String fullName, Long organisationId, Set<Role> roles) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.organisationId = organisationId;
        this.roles = Set.copyOf(roles);
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    /** The organisation the person works for, or null. */
    public Long organisationId() {
        return organisationId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether a named rule lets this person through. */
    public boolean passes(Rule rule) {
        return rule.allows(roles);
    }

    /** {@link Rule#RUNS_PARTNERSHIP}: the business unit and administrators. */
    public boolean runsPartnership() {
        return passes(Rule.RUNS_PARTNERSHIP);
    }

    /** Whether the person works for this organisation. */
    public boolean worksFor(Long organisation) {
        return organisation != null && organisation.equals(organisationId);
    }

    /** "Leads this organisation": an agency lead ({@link Rule#LEADS_AN_AGENCY}) who works for it. */
    public boolean leads(Long organisation) {
        return passes(Rule.LEADS_AN_AGENCY) && worksFor(organisation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentPerson p && p.id == id && p.roles.equals(roles) && Objects.equals(p.organisationId, organisationId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentPerson[" + id + " " + email + " " + roles + "]";
    }
}
