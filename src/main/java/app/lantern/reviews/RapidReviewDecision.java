package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** What the rapid review decided about a further review. */
public enum RapidReviewDecision implements Labelled {
    LOCAL_REVIEW("Hold a local child safeguarding practice review"),
    NO_LOCAL_REVIEW("No local review: the learning is spread another way"),
    NATIONAL_REVIEW_RECOMMENDED("Recommend a national review to the panel");

    private final String label;

    RapidReviewDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
