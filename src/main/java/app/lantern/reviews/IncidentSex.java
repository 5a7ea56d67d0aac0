package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** The child's sex as recorded by children's social care. */
public enum IncidentSex implements Labelled {
    FEMALE("Female"),
    MALE("Male"),
    NOT_KNOWN("Not known");

    private final String label;

    IncidentSex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
