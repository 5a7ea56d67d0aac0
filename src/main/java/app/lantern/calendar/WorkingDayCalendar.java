package app.lantern.calendar;

import app.lantern.shared.TimescaleRule;
import app.lantern.shared.WorkingDays;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one calendar every statutory clock uses: England and Wales bank holidays (table
 * {@code bank_holiday}) and the named timescale rules (table {@code timescale_rule}). It keeps
 * both in memory and re-reads them at most every {@link #REFRESH_MILLIS} (or at once after
 * {@link #refresh()}), so a deadline on a list of records costs no query per row, and a holiday
 * or rule an administrator changes on one instance reaches the others within a minute.
 */
@Service
public class WorkingDayCalendar {

    static final long REFRESH_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    WorkingDayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current working days (bank holidays as last read). */
    public WorkingDays workingDays() {
        return snapshot().days;
    }

    private Snapshot snapshot() {
        var s = snapshot;
        if (s == null || System.currentTimeMillis() - s.readAt > REFRESH_MILLIS) {
            var days = new WorkingDays(jdbc.sql("SELECT holiday_date FROM bank_holiday").query(LocalDate.class).list());
            var rules = new LinkedHashMap<String, TimescaleRule>();
            for (var r : jdbc.sql(SELECT_RULE + " ORDER BY name").query(WorkingDayCalendar::rule).list()) rules.put(r.code(), r);
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
        return jdbc.sql("SELECT holiday_date, name FROM bank_holiday WHERE holiday_date BETWEEN ? AND ? ORDER BY holiday_date")
                .params(first, last)
                .query((rs, row) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .list();
    }

    /** A day that is not a working day although it is a weekday. */
    public record BankHoliday(LocalDate date, String name) {
    }

    /** Every rule, by name. */
    public List<TimescaleRule> rules() {
        return List.copyOf(snapshot().rules.values());
    }

    private static final String SELECT_RULE =
            "SELECT code, name, working_days, day_count, direction, counted_from, source, version FROM timescale_rule";

    private static TimescaleRule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TimescaleRule(rs.getString("code"), rs.getString("name"), rs.getInt("working_days"),
                TimescaleRule.DayCount.valueOf(rs.getString("day_count")),
                TimescaleRule.Direction.valueOf(rs.getString("direction")), rs.getString("counted_from"),
                rs.getString("source"), rs.getLong("version"));
    }

    private record Snapshot(WorkingDays days, Map<String, TimescaleRule> rules, long readAt) {
    }
}
