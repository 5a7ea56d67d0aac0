package app.lantern.reviews;

import java.time.LocalDate;

/**
 * A learning event as recorded: places and attended may be null (not limited / not yet recorded).
 *
 * @param briefingId the 7-minute briefing it presented, or null
 */
public record LearningEventDetails(String title, LocalDate heldOn, LearningEventFormat format, Long briefingId,
        String relatedReview, Integer places, Integer attended, String notes) {
}
