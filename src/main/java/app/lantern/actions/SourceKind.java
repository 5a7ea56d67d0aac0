package app.lantern.actions;

import app.lantern.shared.Labelled;

/** What raised an action. Source modules pass one in their {@link SourceReference}. */
public enum SourceKind implements Labelled {
    BUSINESS_PLAN("Business plan"),
    CASE_REVIEW("Case review"),
    RAPID_REVIEW("Rapid review"),
    SECTION_11("Section 11 return"),
    MULTI_AGENCY_AUDIT("Multi-agency audit"),
    INSPECTION("Inspection"),
    SCRUTINY("Scrutiny review"),
    MEETING_DECISION("Meeting decision");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
