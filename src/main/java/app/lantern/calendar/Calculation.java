package app.lantern.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import app.lantern.shared.TimescaleRule;
import app.lantern.calendar.WorkingDayCalendar.BankHoliday;

/**
 * A worked deadline as the calculator page shows it: where the count started, what was counted,
 * and every working day, weekend day and bank holiday in between, so a person can check it by hand.
 */
record Calculation(TimescaleRule rule, LocalDate start, LocalDate deadline, List<CountedDay> counted,
        List<SkippedHoliday> holidaysSkipped, int weekendDaysSkipped) {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    record CountedDay(int number, LocalDate date) {
        public String text() {
            return LONG.format(date);
        }
    }

    public String startText() {
        return LONG.format(start);
    }

    public String deadlineText() {
        return LONG.format(deadline);
    }

    /** A bank holiday the count stepped over. */
    record SkippedHoliday(BankHoliday holiday) {
        public String text() {
            return LONG.format(holiday.date()) + ": " + holiday.name();
        }
    }

    public String summary() {
        return rule.describe(startText());
    }
}
