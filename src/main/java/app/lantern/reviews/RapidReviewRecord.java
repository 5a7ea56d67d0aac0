package app.lantern.reviews;

/** A stored rapid review. */
record RapidReviewRecord(long id, String reference, long notificationId, RapidReviewOutcome outcome, long version) {

    public String path() {
        return "/reviews/rapid/" + id;
    }

    /** The tracker's source id for its immediate actions. */
    public String sourceId() {
        return "rapid-review-" + id;
    }
}
