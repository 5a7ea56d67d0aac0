package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.ReportingYear;

/**
 * A reporting year's timeliness figures for notifications and rapid reviews, for the dashboard and
 * the yearly report. A step is counted in the reporting year its deadline falls in: notifiable
 * incidents whose panel notification was due in the year, and rapid reviews due to reach the panel
 * in the year; each on time (done by the deadline) or late (done after it, or not done and past it
 * as at today). Deadlines the calendar cannot count are left out.
 */
@Component
class IncidentFigures {

    private final IncidentService incidents;
    private final RapidReviewService rapidReviews;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    IncidentFigures(IncidentService incidents, RapidReviewService rapidReviews, WorkingDayCalendar calendar, Clock clock) {
        this.incidents = incidents;
        this.rapidReviews = rapidReviews;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    IncidentFacts forYear(ReportingYear year) {
        LocalDate today = LocalDate.now(clock);
        // a deadline in the year comes from an event at most ~3 months before the year starts
        LocalDate from = year.start().minusMonths(3);
        var notifications = new ArrayList<Long>();
        var onTime = new ArrayList<Long>();
        var late = new ArrayList<Long>();
        for (var n : incidents.notifiableAwareBetween(from, year.end())) {
            var due = n.panelNotificationDue(calendar);
            if (due.isEmpty() || !year.contains(due.get())) continue;
            notifications.add(n.id());
            var t = IncidentTimeliness.of(due.get(), n.details().notifiedDate(), today);
            if (t == IncidentTimeliness.ON_TIME) onTime.add(n.id());
            else if (t.late()) late.add(n.id());
        }
        var reviews = new ArrayList<Long>();
        var reviewsOnTime = new ArrayList<Long>();
        var reviewsLate = new ArrayList<Long>();
        var decisions = new EnumMap<RapidReviewDecision, List<Long>>(RapidReviewDecision.class);
        var rows = rapidReviews.notifiedBetween(from, year.end());
        var notified = new HashMap<Long, NotificationRecord>();
        for (var n : incidents.findAll(rows.stream().map(RapidReviewRecord::notificationId).distinct().toList())) notified.put(n.id(), n);
        for (var r : rows) {
            var due = notified.get(r.notificationId()).rapidReviewDue(calendar);
            if (due.isEmpty() || !year.contains(due.get())) continue;
            reviews.add(r.id());
            var decision = r.outcome().decision();
            if (decision != null) decisions.computeIfAbsent(decision, k -> new ArrayList<>()).add(r.id());
            var t = IncidentTimeliness.of(due.get(), r.outcome().sentToPanel(), today);
            if (t == IncidentTimeliness.ON_TIME) reviewsOnTime.add(r.id());
            else if (t.late()) reviewsLate.add(r.id());
        }
        var frozen = new EnumMap<RapidReviewDecision, List<Long>>(RapidReviewDecision.class);
        decisions.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new IncidentFacts(year, List.copyOf(notifications), List.copyOf(onTime), List.copyOf(late), List.copyOf(reviews),
                List.copyOf(reviewsOnTime), List.copyOf(reviewsLate), Collections.unmodifiableMap(frozen));
    }
}
