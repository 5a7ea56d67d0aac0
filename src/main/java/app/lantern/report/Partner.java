package app.lantern.report;

import app.lantern.shared.Labelled;

/** The three safeguarding partners whose leads sign off the yearly report (Working Together 2023). */
enum Partner implements Labelled {
    LOCAL_AUTHORITY("Local authority"),
    POLICE("Police"),
    ICB("Integrated care board");

    private final String label;

    Partner(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
