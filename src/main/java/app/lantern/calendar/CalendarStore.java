package app.lantern.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.calendar.WorkingDayCalendar.BankHoliday;
import app.lantern.shared.TimescaleRule;

/** Reads the calendar's tables, {@code bank_holiday} and {@code timescale_rule}, for {@link WorkingDayCalendar}. */
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

    private static TimescaleRule rule(ResultSet rs, int row) throws SQLException {
        return new TimescaleRule(rs.getString("code"), rs.getString("name"), rs.getInt("working_days"),
                TimescaleRule.DayCount.valueOf(rs.getString("day_count")),
                TimescaleRule.Direction.valueOf(rs.getString("direction")), rs.getString("counted_from"),
                rs.getString("source"), rs.getLong("version"));
    }
}
