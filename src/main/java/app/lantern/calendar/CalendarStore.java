package app.lantern.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.calendar.WorkingDayCalendar.BankHoliday;
import app.lantern.shared.TimescaleRule;

/**
 * Reads and writes the calendar's tables, {@code bank_holiday} and {@code timescale_rule}, for
 * {@link WorkingDayCalendar} and {@link CalendarAdministration}.
 */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LocalDate> holidayDates() {
        return jdbc.sql("SELECT holiday_date FROM bank_holiday").query(LocalDate.class).list();
    }

    /** The bank holidays from {@code first} to {@code last}, both included, in date order. */
    List<BankHoliday> bankHolidays(LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT holiday_date, name FROM bank_holiday WHERE holiday_date BETWEEN ? AND ? ORDER BY holiday_date")
                .params(first, last)
                .query((rs, row) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .list();
    }

    /** Every timescale rule, by name. */
    List<TimescaleRule> rules() {
        return jdbc.sql("SELECT code, name, working_days, day_count, direction, counted_from, source, version FROM timescale_rule ORDER BY name")
                .query(CalendarStore::rule).list();
    }

    /** A bank holiday as the administration page lists it. */
    record StoredHoliday(LocalDate date, String name, Instant addedAt, Long addedBy) {
    }

    List<StoredHoliday> holidaysIn(int year) {
        return jdbc.sql("SELECT holiday_date, name, added_at, added_by FROM bank_holiday WHERE EXTRACT(YEAR FROM holiday_date) = ? ORDER BY holiday_date")
                .param(year)
                .query((rs, row) -> new StoredHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"),
                        Optional.ofNullable(rs.getObject("added_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        (Long) rs.getObject("added_by")))
                .list();
    }

    /** How many bank holidays each loaded year has, by year. */
    TreeMap<Integer, Integer> countsByYear() {
        var counts = new TreeMap<Integer, Integer>();
        jdbc.sql("SELECT EXTRACT(YEAR FROM holiday_date)::int AS y, COUNT(*)::int AS n FROM bank_holiday GROUP BY 1")
                .query((rs, row) -> counts.put(rs.getInt("y"), rs.getInt("n"))).list();
        return counts;
    }

    Optional<String> holidayName(LocalDate date) {
        return jdbc.sql("SELECT name FROM bank_holiday WHERE holiday_date = ?").param(date).query(String.class).optional();
    }

    void insertHoliday(LocalDate date, String name, Instant addedAt, long addedBy) {
        jdbc.sql("INSERT INTO bank_holiday (holiday_date, name, added_at, added_by) VALUES (?, ?, ?, ?)")
                .params(date, name, java.sql.Timestamp.from(addedAt), addedBy).update();
    }

    /** Changes the rule if it is still at {@code version}; returns how many rules changed (0 or 1). */
    int updateRule(String code, long version, String name, int workingDays, TimescaleRule.DayCount dayCount) {
        return jdbc.sql("""
                UPDATE timescale_rule SET name = ?, working_days = ?, day_count = ?, version = version + 1
                WHERE code = ? AND version = ?""")
                .params(name, workingDays, dayCount.name(), code, version).update();
    }

    private static TimescaleRule rule(ResultSet rs, int row) throws SQLException {
        return new TimescaleRule(rs.getString("code"), rs.getString("name"), rs.getInt("working_days"),
                TimescaleRule.DayCount.valueOf(rs.getString("day_count")),
                TimescaleRule.Direction.valueOf(rs.getString("direction")), rs.getString("counted_from"),
                rs.getString("source"), rs.getLong("version"));
    }
}
