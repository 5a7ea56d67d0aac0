package app.lantern.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import app.lantern.shared.ReportingYear;

/**
 * The demo's dates, counted from the reporting year that contains the day the demo loads: the
 * story covers that year and the three complete years before it, and moves with the calendar, so
 * a demo loaded on any day tells the same story. Dates in the current year that must be in the
 * past are counted back from today instead.
 */
@Component
class DemoCalendar {

    private final Clock clock;

    DemoCalendar(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The reporting year {@code ago} years before the current one (0: the current year). */
    ReportingYear year(int ago) {
        var year = ReportingYear.containing(today());
        for (int i = 0; i < ago; i++) year = year.previous();
        return year;
    }

    /**
     * The given day and month within the reporting year {@code ago} years back: April to December
     * fall in its first calendar year, January to March in its second. A 29 February becomes the
     * 28th in a year without one.
     */
    LocalDate on(int ago, int month, int day) {
        var start = year(ago).startYear();
        var yearMonth = YearMonth.of(month >= 4 ? start : start + 1, month);
        return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
    }

    /** {@code days} from today (negative: in the past). */
    LocalDate fromToday(int days) {
        return today().plusDays(days);
    }
}
