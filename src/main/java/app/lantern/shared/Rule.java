package app.lantern.shared;

import static app.lantern.shared.Role.ADMINISTRATOR;
import static app.lantern.shared.Role.AGENCY_LEAD;
import static app.lantern.shared.Role.BUSINESS_UNIT;
import static app.lantern.shared.Role.COMMITTEE_CHAIR;
import static app.lantern.shared.Role.INDEPENDENT_SCRUTINEER;
import static app.lantern.shared.Role.PARTNER_LEAD;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The named access rules: who may do a kind of thing, by role. Each is written once, here, and
 * used three ways: by {@code @PreAuthorize} on handlers (through {@link Allowed}), by services
 * through identity's {@code Access}, and by navigation entries and home cards to say who sees
 * them. Rules about one record ("leads this organisation", "on this review's panel") are methods
 * of the owning module's access component, not rules here.
 */
public enum Rule {

    /** Anyone signed in. For reading pages only: a handler that changes data needs a narrower rule. */
    SIGNED_IN(EnumSet.allOf(Role.class)),
    /** Manages users, the activity log, the outbox and the calendar. */
    ADMINISTERS(EnumSet.of(ADMINISTRATOR)),
    /** Runs the partnership's work: the register, committees, actions, the plan and the budget. */
    RUNS_PARTNERSHIP(EnumSet.of(ADMINISTRATOR, BUSINESS_UNIT)),
    /** Reads across the partnership and may take its data away (exports). */
    READS_ACROSS(EnumSet.of(ADMINISTRATOR, BUSINESS_UNIT, PARTNER_LEAD, INDEPENDENT_SCRUTINEER)),
    /** Schedules meetings and records minutes and attendance (a chair only for their own committees). */
    RUNS_MEETINGS(EnumSet.of(ADMINISTRATOR, BUSINESS_UNIT, COMMITTEE_CHAIR)),
    /** Approves the business plan for the safeguarding partners. */
    APPROVES_PLANS(EnumSet.of(PARTNER_LEAD)),
    /** Sees restricted review material: notifications, rapid reviews, every case review, draft briefings. */
    SEES_REVIEWS(EnumSet.of(BUSINESS_UNIT, PARTNER_LEAD)),
    /** Records and changes restricted review material and briefings. */
    MANAGES_REVIEWS(EnumSet.of(BUSINESS_UNIT)),
    /** Updates actions: the business unit any, an agency lead their own organisation's. */
    UPDATES_ACTIONS(EnumSet.of(ADMINISTRATOR, BUSINESS_UNIT, AGENCY_LEAD)),
    /** Answers for their own organisation (summaries of involvement, returns). */
    LEADS_AN_AGENCY(EnumSet.of(AGENCY_LEAD)),
    /** Writes the yearly report's draft, resolves comments and publishes it. */
    WRITES_REPORT(EnumSet.of(BUSINESS_UNIT)),
    /** Reads the yearly report's draft and comments on it; a named lead partner also signs it off. */
    READS_REPORT_DRAFT(EnumSet.of(BUSINESS_UNIT, PARTNER_LEAD, INDEPENDENT_SCRUTINEER));

    private final Set<Role> roles;

    Rule(Set<Role> roles) {
        this.roles = Set.copyOf(roles);
    }

    /** Whether a person holding these roles passes the rule. */
    public boolean allows(Collection<Role> held) {
        for (Role r : held) if (roles.contains(r)) return true;
        return false;
    }

    /** The roles that pass, for documentation and the sign-in page. */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * The rules as {@code @PreAuthorize} expressions (annotation values must be constants). Each
     * asks identity's {@code access} bean, which reads the person from the security context.
     */
    public static final class Allowed {
        public static final String SIGNED_IN = "isAuthenticated()";
        public static final String ADMINISTERS = "@access.allows('ADMINISTERS')";
        public static final String RUNS_PARTNERSHIP = "@access.allows('RUNS_PARTNERSHIP')";
        public static final String READS_ACROSS = "@access.allows('READS_ACROSS')";
        public static final String RUNS_MEETINGS = "@access.allows('RUNS_MEETINGS')";
        public static final String APPROVES_PLANS = "@access.allows('APPROVES_PLANS')";
        public static final String SEES_REVIEWS = "@access.allows('SEES_REVIEWS')";
        public static final String MANAGES_REVIEWS = "@access.allows('MANAGES_REVIEWS')";
        public static final String UPDATES_ACTIONS = "@access.allows('UPDATES_ACTIONS')";
        public static final String LEADS_AN_AGENCY = "@access.allows('LEADS_AN_AGENCY')";
        public static final String WRITES_REPORT = "@access.allows('WRITES_REPORT')";
        public static final String READS_REPORT_DRAFT = "@access.allows('READS_REPORT_DRAFT')";
        /** Open to everyone, signed in or not (sign-in page, public library, working-days API). */
        public static final String EVERYONE = "permitAll()";

        private Allowed() {
        }
    }
}
