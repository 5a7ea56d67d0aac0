package app.lantern.reviews;

import java.time.LocalDate;

import app.lantern.shared.Labelled;

/**
 * Whether a step on a statutory clock (notifying the panel, sending it the rapid review) was
 * done in time: done on or before the due date is on time, after it late; not done yet is
 * overdue once today is past the due date, otherwise still running.
 */
public enum IncidentTimeliness implements Labelled {
    ON_TIME("On time", "govuk-tag--green"),
    LATE("Late", "govuk-tag--red"),
    OVERDUE("Overdue", "govuk-tag--red"),
    RUNNING("Clock running", "govuk-tag--blue");

    private final String label;
    private final String tagClass;

    IncidentTimeliness(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    @Override
    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /** Counted as late in the yearly figures: done late, or not done and past due. */
    public boolean late() {
        return this == LATE || this == OVERDUE;
    }

    /** Settled: on time or late for good, or overdue (it can no longer be on time). */
    public boolean counted() {
        return this != RUNNING;
    }

    static IncidentTimeliness of(LocalDate due, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) return doneOn.isAfter(due) ? LATE : ON_TIME;
        return today.isAfter(due) ? OVERDUE : RUNNING;
    }

    /** Percentage on time among those counted, rounded half up; null when none are counted. */
    static Integer percentOnTime(int onTime, int counted) {
        return counted == 0 ? null : app.lantern.shared.Percent.of(onTime, counted);
    }
}
