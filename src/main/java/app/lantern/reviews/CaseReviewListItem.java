package app.lantern.reviews;

/** A row of the case reviews list. */
record CaseReviewListItem(CaseReview review, CaseReviewStatus status, int openMilestones, int overdueMilestones) {
}
