package app.lantern.reviews;

import app.lantern.shared.StatutoryClock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.identity.CurrentPerson;
import app.lantern.calendar.WorkingDayCalendar;

/**
 * The rapid review clocks: notified incidents whose rapid review has not been started, and rapid
 * reviews not yet sent to the panel, for those who may see them.
 */
@Component
class RapidReviewClocks implements ClockSource {

    private final IncidentService incidents;
    private final RapidReviewService reviews;
    private final ReviewAccess access;
    private final WorkingDayCalendar calendar;

    RapidReviewClocks(IncidentService incidents, RapidReviewService reviews, ReviewAccess access, WorkingDayCalendar calendar) {
        this.incidents = incidents;
        this.reviews = reviews;
        this.access = access;
        this.calendar = calendar;
    }

    @Override
    public List<StatutoryClock> openClocks(CurrentPerson person) {
        if (!access.sees(person)) return List.of();
        var clocks = new ArrayList<StatutoryClock>();
        var today = incidents.today();
        for (var n : incidents.notifiedWithoutRapidReview()) {
            n.rapidReviewDue(calendar).ifPresent(due -> clocks.add(
                    new StatutoryClock("Serious incident notification", n.reference(), "Hold the rapid review", n.path(), due,
                            calendar.workingDays().workingDaysLeft(today, due))));
        }
        for (var r : reviews.notYetSent()) {
            if (r.due() == null) continue;
            clocks.add(new StatutoryClock("Rapid review", r.reference(), "Send the rapid review to the national panel", r.path(), r.due(),
                    r.workingDaysLeft()));
        }
        return clocks;
    }
}
