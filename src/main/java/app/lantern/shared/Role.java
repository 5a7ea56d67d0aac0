package app.lantern.shared;

/**
 * What a person may do in Lantern. One person may hold several roles. Spring Security sees each
 * as the authority {@code ROLE_<name>}.
 */
public enum Role implements Labelled {
    ADMINISTRATOR("Administrator", "Manages user accounts, the working-day calendar and the outbox, reads the activity log, and runs the register, committees, plans, budget and actions"),
    BUSINESS_UNIT("Business unit", "Runs the partnership's work: the register, committees and meetings, the business plan, budget and actions, incidents, reviews and briefings"),
    PARTNER_LEAD("Safeguarding partner lead", "Lead or delegated safeguarding partner: approves the business plan, reads across the partnership and sees every review"),
    COMMITTEE_CHAIR("Committee chair", "Schedules the meetings of the committees they chair and records their minutes and attendance"),
    AGENCY_LEAD("Agency lead", "Safeguarding lead for their own organisation: updates its actions and sends its summaries for rapid reviews"),
    COMMITTEE_MEMBER("Committee member", "Reads the register, committees and meetings, plans, actions and published learning"),
    INDEPENDENT_SCRUTINEER("Independent scrutineer", "Reads across the partnership, including its exports, to scrutinise how the arrangements work"),
    TRAINER("Trainer", "Reads what a committee member reads; training sessions will come with the training module"),
    LADO_OFFICER("LADO officer", "Reads what a committee member reads; allegations will come with the LADO module");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
