package app.lantern.reviews;

import java.time.LocalDate;

/** A review's recommendation; its progress lives in the tracker action {@code actionId}. */
record Recommendation(long id, long reviewId, int number, String body, long ownerOrganisationId, LocalDate due,
        LocalDate madeOn, long actionId) {
}
