package app.lantern.reviews;

import java.time.LocalDate;

/**
 * What the business unit records about a rapid review after its meeting: findings, the decision
 * (with the learning route when no local review is held), when it went to the panel and what
 * the panel said. Every part is optional until known.
 */
public record RapidReviewOutcome(LocalDate meetingDate, String findings, RapidReviewDecision decision, String learningRoute,
        LocalDate sentToPanel, LocalDate panelResponseDate, String panelResponse) {
}
