package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

import app.lantern.actions.ActionSummary;

/**
 * A rapid review as its pages show it, with its notification, the 15-working-day clock, the
 * agencies' requests and the immediate actions raised into the tracker.
 *
 * @param due             null when the calendar cannot count it
 * @param workingDaysLeft null once sent to the panel or when not counted
 */
record RapidReviewView(RapidReviewRecord record, NotificationView notification, LocalDate due, Integer workingDaysLeft,
        IncidentTimeliness timeliness, List<AgencySummaryRequest> requests, List<ActionSummary> actions) {

    public long id() {
        return record.id();
    }

    public String reference() {
        return record.reference();
    }

    public RapidReviewOutcome outcome() {
        return record.outcome();
    }

    public String path() {
        return record.path();
    }

    public long submittedCount() {
        return requests.stream().filter(AgencySummaryRequest::submitted).count();
    }
}
