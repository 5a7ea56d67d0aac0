package app.lantern.reviews;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A rapid review's request to one involved agency for its summary of involvement. */
record AgencySummaryRequest(long id, long rapidReviewId, long organisationId, String organisationName, LocalDate requestedOn,
        LocalDate due, AgencySummaryStatus status, String involvement, String immediateLearning, String submittedByName,
        OffsetDateTime submittedAt, long version) {

    public String path() {
        return "/reviews/rapid/" + rapidReviewId + "/requests/" + id;
    }

    public boolean submitted() {
        return status == AgencySummaryStatus.SUBMITTED;
    }
}
