package app.lantern.reviews;

/**
 * The standard steps every case review is given when it is recorded, in order. The first four are
 * spread evenly over the time between the decision and planned publication (at 1/6, 2/6, 3/6 and
 * 4/6 of it); the report to the national panel and the Secretary of State is due by the
 * {@code REPORT_BEFORE_PUBLICATION} timescale rule (7 working days before publication); publication
 * is due on the planned publication date.
 */
public enum MilestonePlan {
    TERMS_OF_REFERENCE("Terms of reference agreed", 1),
    AGENCY_REPORTS("Agency reports and chronologies received", 2),
    PRACTITIONER_EVENT("Practitioner event held", 3),
    DRAFT_REPORT("Draft report shared with the panel", 4),
    REPORT_TO_PANEL("Final report sent to the national panel and the Secretary of State", 0),
    PUBLICATION("Report published", 0);

    private final String label;
    private final int sixths;

    MilestonePlan(String label, int sixths) {
        this.label = label;
        this.sixths = sixths;
    }

    public String label() {
        return label;
    }

    /** For the evenly spread steps: how many sixths of the way from the decision to publication; 0 for the others. */
    int sixths() {
        return sixths;
    }

    /** The step with this code, or null. */
    static MilestonePlan ofCode(String code) {
        for (var m : values()) if (m.name().equals(code)) return m;
        return null;
    }
}
