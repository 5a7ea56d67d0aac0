package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** How a learning event was run. */
public enum LearningEventFormat implements Labelled {
    PRACTITIONER_EVENT("Practitioner event"),
    WEBINAR("Webinar"),
    CONFERENCE("Conference"),
    WORKSHOP("Workshop");

    private final String label;

    LearningEventFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
