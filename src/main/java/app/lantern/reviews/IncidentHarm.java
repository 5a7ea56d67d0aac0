package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** What happened to the child: one half of the notification criteria. */
public enum IncidentHarm implements Labelled {
    DIED("The child died"),
    SERIOUSLY_HARMED("The child was seriously harmed"),
    NEITHER("Neither");

    private final String label;

    IncidentHarm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
