package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** Whether abuse or neglect is known or suspected: the other half of the notification criteria. */
public enum IncidentAbuse implements Labelled {
    KNOWN("Abuse or neglect is known"),
    SUSPECTED("Abuse or neglect is suspected"),
    NEITHER("Neither known nor suspected");

    private final String label;

    IncidentAbuse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
