package app.lantern.reviews;

import java.util.List;
import java.util.Map;

import app.lantern.shared.ReportingYear;

/**
 * Serious incident figures for a reporting year (counted by {@link IncidentFigures}). Each figure carries the
 * ids it counts.
 *
 * <ul>
 * <li>{@code notifications}: notifiable incidents whose panel notification was due in the year (ids of
 * incident notifications); {@code notifiedOnTime} / {@code notifiedLate} those notified to the panel
 * by / after the panel notification deadline, or not notified and past due (late);</li>
 * <li>{@code rapidReviews}: rapid reviews due to reach the panel in the year (rapid review ids);
 * {@code rapidReviewsOnTime} / {@code rapidReviewsLate} those sent to the panel by / after the rapid
 * review deadline, or not sent and past due (late);</li>
 * <li>{@code decisions}: those rapid reviews by decision (undecided ones are left out).</li>
 * </ul>
 * Percentages are of the ones whose clock has finished (on time plus late); null when none has.
 */
record IncidentFacts(ReportingYear year, List<Long> notifications, List<Long> notifiedOnTime, List<Long> notifiedLate,
        List<Long> rapidReviews, List<Long> rapidReviewsOnTime, List<Long> rapidReviewsLate,
        Map<RapidReviewDecision, List<Long>> decisions) {

    public int notificationCount() {
        return notifications.size();
    }

    public int rapidReviewCount() {
        return rapidReviews.size();
    }

    /** % of notifications made on time, of those on time or late; null when none. */
    public Integer notificationsOnTimePercent() {
        return IncidentTimeliness.percentOnTime(notifiedOnTime.size(), notifiedOnTime.size() + notifiedLate.size());
    }

    /** % of rapid reviews sent to the panel on time, of those on time or late; null when none. */
    public Integer rapidReviewsOnTimePercent() {
        return IncidentTimeliness.percentOnTime(rapidReviewsOnTime.size(), rapidReviewsOnTime.size() + rapidReviewsLate.size());
    }

    public List<Long> decided(RapidReviewDecision decision) {
        return decisions.getOrDefault(decision, List.of());
    }
}
