package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** What a 7-minute briefing's learning comes from; learning points use the same kinds of source. */
public enum BriefingSubject implements Labelled {
    CASE_REVIEW("Case review"),
    RAPID_REVIEW("Rapid review"),
    AUDIT("Audit"),
    OTHER("Other");

    private final String label;

    BriefingSubject(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
