package app.lantern.shared;

/**
 * What a person may do in Lantern. One person may hold several roles. Spring Security sees each
 * as the authority {@code ROLE_<name>}.
 */
public enum Role implements Labelled {
    ADMINISTRATOR("Administrator", "Manages users and the register; sees the activity log"),
    BUSINESS_UNIT("Business unit", "Runs the partnership's work: committees, meetings, returns, actions"),
    PARTNER_LEAD("Safeguarding partner lead", "Lead or delegated safeguarding partner: sees everything, signs off"),
    COMMITTEE_CHAIR("Committee chair", "Runs the meetings of the committees they chair"),
    AGENCY_LEAD("Agency lead", "Safeguarding lead for their own organisation"),
    COMMITTEE_MEMBER("Committee member", "Sees their committees' meetings and papers"),
    INDEPENDENT_SCRUTINEER("Independent scrutineer", "Reads across the partnership and writes scrutiny findings"),
    TRAINER("Trainer", "Runs training sessions"),
    LADO_OFFICER("LADO officer", "Manages allegations against people who work with children");

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
