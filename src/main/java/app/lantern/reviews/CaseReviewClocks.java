package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.StatutoryClock;

/** Offers the open milestones of the case reviews a person may see to the reviews dashboard. */
@Component
class CaseReviewClocks implements ClockSource {

    private final CaseReviewStore store;
    private final ReviewAccess access;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseReviewClocks(CaseReviewStore store, ReviewAccess access, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The open milestones of every review this person may see: all for those who see review material, else their panels'. */
    @Override
    public List<StatutoryClock> openClocks(CurrentPerson person) {
        var reviews = access.sees(person) ? store.all() : store.onPanelOf(person.id());
        var byId = new HashMap<Long, CaseReview>();
        for (var r : reviews) byId.put(r.id(), r);
        LocalDate today = LocalDate.now(clock);
        return store.openMilestones(byId.keySet()).stream().map(m -> {
            var r = byId.get(m.reviewId());
            return new StatutoryClock("Case review", r.reference(), m.name(), r.path(), m.due(),
                    calendar.workingDays().workingDaysLeft(today, m.due()));
        }).toList();
    }
}
