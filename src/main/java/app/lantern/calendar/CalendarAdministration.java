package app.lantern.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.lantern.calendar.CalendarStore.StoredHoliday;
import app.lantern.identity.Access;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Rule;
import app.lantern.shared.TimescaleRule;

/**
 * Administrators' changes to the calendar: bank holidays (one at a time, or a whole year) and
 * the timescale rules' figures. Only administrators may change them (checked here as well as on
 * the pages); each change is written to the activity log in its own transaction, and the shared
 * calendar forgets what it had read once the change is committed.
 */
@Service
class CalendarAdministration {

    static final String HOLIDAY = "bank_holiday";
    static final String RULE = "timescale_rule";

    private final CalendarStore store;
    private final ActivityLog log;
    private final Access access;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, ActivityLog log, Access access, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.log = log;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<StoredHoliday> holidays(int year) {
        return store.holidaysIn(year);
    }

    /** How many bank holidays each loaded year has, by year. */
    TreeMap<Integer, Integer> countsByYear() {
        return store.countsByYear();
    }

    Optional<String> holidayName(LocalDate date) {
        return store.holidayName(date);
    }

    Set<LocalDate> holidayDates() {
        return new HashSet<>(store.holidayDates());
    }

    @Transactional
    void addHoliday(LocalDate date, String name, CurrentPerson person) {
        requireAdministrator(person);
        insert(date, name, person);
        log.recordChange(ActivityAction.CREATED, HOLIDAY, date, "Added bank holiday " + date + " " + name, null,
                date + " " + name);
        refreshAfterCommit();
    }

    @Transactional
    void addYear(int year, List<HolidayLines.Holiday> holidays, CurrentPerson person) {
        requireAdministrator(person);
        for (var h : holidays) insert(h.date(), h.name(), person);
        var after = new StringBuilder();
        for (var h : holidays) after.append(h.date()).append(' ').append(h.name()).append('\n');
        log.recordChange(ActivityAction.IMPORTED, HOLIDAY, year, "Added the " + holidays.size() + " bank holidays of " + year,
                null, after.toString().strip());
        refreshAfterCommit();
    }

    Optional<TimescaleRule> rule(String code) {
        return calendar.findRule(code);
    }

    List<TimescaleRule> rules() {
        return calendar.rules();
    }

    /**
     * Changes a rule's name, working days and day 0. Changes nothing, and throws
     * {@link OptimisticLockingFailureException}, when the rule's version is no longer {@code version}
     * (someone else saved it first).
     */
    @Transactional
    void changeRule(String code, long version, String name, int workingDays, TimescaleRule.DayCount dayCount,
            CurrentPerson person) {
        requireAdministrator(person);
        var before = calendar.findRule(code).orElse(null);
        int updated = before == null || before.version() != version ? 0
                : store.updateRule(code, version, name, workingDays, dayCount);
        if (updated == 0) {
            // The calendar's copy may be up to a minute old (another instance saved): read it again,
            // so the form shown next carries the version that lets the person's next save through.
            calendar.refresh();
            throw new OptimisticLockingFailureException("Timescale rule " + code + " was changed by someone else");
        }
        var after = new TimescaleRule(code, name, workingDays, dayCount, before.direction(), before.countedFrom(),
                before.source(), version + 1);
        log.recordChange(ActivityAction.CHANGED, RULE, code, "Changed timescale rule " + code + ": " + after.describe(),
                state(before), state(after));
        refreshAfterCommit();
    }

    private static String state(TimescaleRule r) {
        return "name=" + r.name() + "; working days=" + r.workingDays() + "; day 0=" + r.dayCount().name();
    }

    private void insert(LocalDate date, String name, CurrentPerson person) {
        store.insertHoliday(date, name, clock.instant(), person.id());
    }

    private void refreshAfterCommit() {
        calendar.refresh();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.refresh();
                }
            });
        }
    }

    private void requireAdministrator(CurrentPerson person) {
        if (person == null || !person.passes(Rule.ADMINISTERS)) throw access.refuse("change the working-day calendar");
    }
}
