package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** A briefing is a draft (restricted) until the business unit publishes it to the public library. */
enum BriefingStatus implements Labelled {
    DRAFT("Draft"),
    PUBLISHED("Published");

    private final String label;

    BriefingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
