package app.lantern.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;

import app.lantern.shared.TimescaleRule;
import app.lantern.shared.WorkingDays;

/**
 * The one calendar every statutory clock uses: England and Wales bank holidays and the named
 * timescale rules (read by {@link CalendarStore}). It keeps
 * both in memory and re-reads them at most every {@link #REFRESH_MILLIS} (or at once after
 * {@link #refresh()}), so a deadline on a list of records costs no query per row, and a holiday
 * or rule an administrator changes on one instance reaches the others within a minute.
 */
@Service
public class WorkingDayCalendar {

    static final long REFRESH_MILLIS = 60_000;

    private final CalendarStore store;
    private volatile Snapshot snapshot;

    WorkingDayCalendar(CalendarStore store) {
        this.store = store;
    }

    /** The current working days (bank holidays as last read). */
    public WorkingDays workingDays() {
        return snapshot().days;
    }

    private Snapshot snapshot() {
        var s = snapshot;
        if (s == null || System.currentTimeMillis() - s.readAt > REFRESH_MILLIS) {
            var days = new WorkingDays(store.holidayDates());
            var rules = new LinkedHashMap<String, TimescaleRule>();
            for (var r : store.rules()) rules.put(r.code(), r);
            s = new Snapshot(days, Collections.unmodifiableMap(rules), System.currentTimeMillis());
            snapshot = s;
        }
        return s;
    }

    /** Forget the holidays and rules read so far; the next computation reads them again. */
    public void refresh() {
        snapshot = null;
    }

    public LocalDate plus(LocalDate from, int days) {
        return workingDays().plus(from, days);
    }

    public int between(LocalDate from, LocalDate to) {
        return workingDays().between(from, to);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays().isWorkingDay(date);
    }

    /** The deadline the rule with this code gives for an event on {@code event}. */
    public LocalDate deadline(String ruleCode, LocalDate event) {
        return workingDays().deadline(rule(ruleCode), event);
    }

    public TimescaleRule rule(String code) {
        return findRule(code).orElseThrow(() -> new NoSuchElementException("No timescale rule " + code));
    }

    /** The rule with this code, if there is one (codes are matched exactly). */
    public Optional<TimescaleRule> findRule(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().rules.get(code));
    }

    /** The bank holidays from {@code from} to {@code to} (both included, either order), with their names, in date order. */
    public List<BankHoliday> bankHolidays(LocalDate from, LocalDate to) {
        var first = to.isBefore(from) ? to : from;
        var last = to.isBefore(from) ? from : to;
        return store.bankHolidays(first, last);
    }

    /** A day that is not a working day although it is a weekday. */
    public record BankHoliday(LocalDate date, String name) {
    }

    /** Every rule, by name. */
    public List<TimescaleRule> rules() {
        return List.copyOf(snapshot().rules.values());
    }

    private record Snapshot(WorkingDays days, Map<String, TimescaleRule> rules, long readAt) {
    }
}
