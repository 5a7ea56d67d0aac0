package app.lantern.reviews;

import java.time.LocalDate;

/** One learning point: the learning, when it was identified, where it came from and its theme. */
public record LearningPointDetails(String text, LocalDate identifiedOn, BriefingSubject source, String sourceTitle,
        LearningTheme theme) {
}
