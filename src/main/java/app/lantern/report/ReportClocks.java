package app.lantern.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.Access;
import app.lantern.shared.Rule;
import app.lantern.shared.StatutoryClock;
import app.lantern.shared.StatutoryClocks;

/**
 * The home page's clock for a published report not yet sent to every body it must go to: shown to
 * the business unit, due by the calendar's {@value ReportController#SENT_RULE} rule.
 */
@Component
class ReportClocks implements StatutoryClocks {

    private final ReportStore store;
    private final ReportProperties properties;
    private final WorkingDayCalendar calendar;
    private final Access access;
    private final Clock clock;

    ReportClocks(ReportStore store, ReportProperties properties, WorkingDayCalendar calendar, Access access, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<StatutoryClock> openClocks() {
        if (!access.allows(Rule.WRITES_REPORT)) return List.of();
        var clocks = new ArrayList<StatutoryClock>();
        var today = LocalDate.now(clock);
        for (var report : store.reports()) {
            var first = store.firstPublished(report.id()).map(i -> LocalDate.ofInstant(i, ZoneId.of("Europe/London")));
            if (first.isEmpty()) continue;
            var sent = store.sent(report.id()).stream().map(ReportStore.Sent::recipient).toList();
            long missing = properties.recipients().stream().filter(r -> !sent.contains(r)).filter(Objects::nonNull).count();
            if (missing == 0) continue;
            var due = calendar.deadline(ReportController.SENT_RULE, first.get());
            clocks.add(new StatutoryClock("Yearly report", report.year().label(), "Send the published report to "
                    + (missing == 1 ? "1 body" : missing + " bodies"), report.path() + "#sending", due,
                    calendar.workingDays().workingDaysLeft(today, due)));
        }
        return clocks;
    }
}
