package app.lantern.reviews;

import java.time.OffsetDateTime;

/** A numbered finding of a review. */
record CaseReviewFinding(long id, int number, String body, OffsetDateTime addedAt, String addedByName) {
}
