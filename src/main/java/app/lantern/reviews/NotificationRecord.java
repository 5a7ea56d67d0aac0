package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.TimescaleRule;

/**
 * A stored notification with its reference and version, and the two statutory deadlines it starts:
 * notifying the national panel, and sending it the rapid review. Lists and clocks ask the record.
 */
record NotificationRecord(long id, String reference, NotificationDetails details, long version) {

    public String path() {
        return "/reviews/notifications/" + id;
    }

    public List<Long> agencyIds() {
        return details.agencyIds();
    }

    public LocalDate awareDate() {
        return details.awareDate();
    }

    /**
     * When the national panel must be told: the panel notification rule counted from the day the
     * local authority became aware. Empty when the incident is not notifiable, or when the calendar
     * cannot count it (a year without bank holidays).
     */
    Optional<LocalDate> panelNotificationDue(WorkingDayCalendar calendar) {
        return details.notifiable() ? deadline(calendar, TimescaleRule.PANEL_NOTIFICATION, awareDate()) : Optional.empty();
    }

    /**
     * When the rapid review must reach the national panel: the rapid review rule counted from the day
     * the panel was notified. Empty until the panel is notified, or when the calendar cannot count it.
     */
    Optional<LocalDate> rapidReviewDue(WorkingDayCalendar calendar) {
        var notified = details.notifiedDate();
        return notified == null ? Optional.empty() : deadline(calendar, TimescaleRule.RAPID_REVIEW, notified);
    }

    /** Working days left to notify the panel, as every clock counts them; null once notified or when there is no deadline. */
    Integer workingDaysLeftToNotify(WorkingDayCalendar calendar, LocalDate today) {
        if (details.notifiedDate() != null) return null;
        return panelNotificationDue(calendar).map(due -> calendar.workingDays().workingDaysLeft(today, due)).orElse(null);
    }

    private static Optional<LocalDate> deadline(WorkingDayCalendar calendar, String rule, LocalDate event) {
        try {
            return Optional.of(calendar.deadline(rule, event));
        } catch (IllegalArgumentException yearNotLoaded) {
            return Optional.empty();
        }
    }
}
