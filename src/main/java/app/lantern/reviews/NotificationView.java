package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * A notification as its pages show it: the record, the panel notification deadline and how it
 * stands, the involved agencies' names and its rapid review, if started.
 *
 * @param due             the deadline for notifying the panel; null when the incident is not notifiable
 *                        or the calendar cannot count it (year without bank holidays)
 * @param workingDaysLeft working days from today to {@code due}; null when not counted
 * @param timeliness      null when there is no deadline
 */
record NotificationView(NotificationRecord record, LocalDate due, Integer workingDaysLeft, IncidentTimeliness timeliness,
        List<String> agencyNames, Long rapidReviewId, String rapidReviewReference) {

    public long id() {
        return record.id();
    }

    public String reference() {
        return record.reference();
    }

    public NotificationDetails details() {
        return record.details();
    }

    public String path() {
        return record.path();
    }

    /** The age to show: from the date of birth at the incident, or as recorded. */
    public int age() {
        var d = record.details();
        if (d.ageYears() != null) return d.ageYears();
        return java.time.Period.between(d.dateOfBirth(), d.incidentDate()).getYears();
    }
}
