package app.lantern.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over one fixed set of bank holidays: Monday to Friday, except the bank
 * holidays. Immutable; the calendar module's {@code WorkingDayCalendar} holds the current one. Every computation
 * refuses to cross a year for which no bank holidays are loaded, rather than silently treating
 * that year's holidays as working days.
 */
public final class WorkingDays {

    /** The most working days one computation may span (about four years). */
    public static final int MAX_DAYS = 1000;

    private final NavigableSet<LocalDate> holidays;
    private final Set<Integer> loadedYears;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
        this.loadedYears = holidays.stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** Whether {@code date} is a working day; its year must be loaded. */
    public boolean isWorkingDay(LocalDate date) {
        requireLoaded(date);
        return !isWeekend(date) && !holidays.contains(date);
    }

    /** The date {@code days} working days after {@code from}, {@code from} being day 0. */
    public LocalDate plus(LocalDate from, int days) {
        return step(from, days, 1);
    }

    /** The date {@code days} working days before {@code from}, {@code from} being day 0. */
    public LocalDate minus(LocalDate from, int days) {
        return step(from, days, -1);
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}; negative when
     * {@code to} is before {@code from}. "Working days left" until a deadline is
     * {@code between(today, deadline)}: 0 on the day itself, negative once it has passed.
     */
    public int between(LocalDate from, LocalDate to) {
        requireLoaded(from);
        requireLoaded(to);
        if (to.isBefore(from)) return -between(to, from);
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS * 2L) {
            throw new IllegalArgumentException("The dates are too far apart to count working days between them");
        }
        int count = 0;
        for (var d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) count++;
        }
        return count;
    }

    /**
     * Working days left from {@code today} until {@code due}: {@link #between}, 0 on the day and
     * negative once passed. The one place "working days left" is counted. Where a year between the
     * two has no bank holidays loaded (or they are too far apart), the weekdays are counted
     * instead: an estimate that errs by at most the bank holidays in the missing years, better on a
     * clock than no figure. Every clock in Lantern counts it this way.
     */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        try {
            return between(today, due);
        } catch (IllegalArgumentException notCountable) {
            if (due.isBefore(today)) return -weekdaysAfter(due, today);
            return weekdaysAfter(today, due);
        }
    }

    private static int weekdaysAfter(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        for (var d = from.plusDays(weeks * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d)) count++;
        }
        return count;
    }

    /**
     * The deadline a timescale rule gives for an event on {@code event}. With
     * {@link TimescaleRule.DayCount#EVENT_IS_DAY_0} the event's day is day 0 and the deadline is the
     * Nth working day after (or before) it. With {@link TimescaleRule.DayCount#EVENT_IS_DAY_1} the
     * event's day, if it is a working day, is day 1 (otherwise the next working day in the
     * direction of the count is), so the deadline comes one working day sooner.
     */
    public LocalDate deadline(TimescaleRule rule, LocalDate event) {
        boolean after = rule.direction() == TimescaleRule.Direction.AFTER;
        int days = rule.workingDays();
        if (rule.dayCount() == TimescaleRule.DayCount.EVENT_IS_DAY_0 || days <= 0) {
            return after ? plus(event, days) : minus(event, days);
        }
        LocalDate first = isWorkingDay(event) ? event : after ? plus(event, 1) : minus(event, 1);
        return after ? plus(first, days - 1) : minus(first, days - 1);
    }

    /**
     * The working days a rule counts for an event, in the order they are counted (day 1 first):
     * what a person checking a deadline by hand would tick off on a calendar.
     */
    public List<LocalDate> countedDays(TimescaleRule rule, LocalDate event) {
        LocalDate deadline = deadline(rule, event);
        boolean after = rule.direction() == TimescaleRule.Direction.AFTER;
        boolean eventCounts = rule.dayCount() == TimescaleRule.DayCount.EVENT_IS_DAY_1;
        var days = new ArrayList<LocalDate>();
        for (var d = event; after ? !d.isAfter(deadline) : !d.isBefore(deadline); d = d.plusDays(after ? 1 : -1)) {
            if ((eventCounts || !d.equals(event)) && isWorkingDay(d)) days.add(d);
        }
        return List.copyOf(days);
    }

    /** The bank holidays from {@code from} to {@code to}, both included, in date order. */
    public List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) return holidaysBetween(to, from);
        return List.copyOf(holidays.subSet(from, true, to, true));
    }

    private LocalDate step(LocalDate from, int days, int direction) {
        if (days < 0) throw new IllegalArgumentException("The number of working days cannot be negative");
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("The number of working days must be " + MAX_DAYS + " or fewer");
        }
        requireLoaded(from);
        var d = from;
        for (int left = days; left > 0;) {
            d = d.plusDays(direction);
            if (isWorkingDay(d)) left--;
        }
        return d;
    }

    private void requireLoaded(LocalDate date) {
        if (!loadedYears.contains(date.getYear())) throw new YearNotLoadedException(date.getYear());
    }

    /** Saturday or Sunday. */
    public static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A computation needed a year whose bank holidays have not been loaded. */
    public static final class YearNotLoadedException extends IllegalArgumentException {
        private final int year;

        public YearNotLoadedException(int year) {
            super("Bank holidays for " + year + " are not loaded, so working days in " + year
                    + " cannot be counted. An administrator can add them.");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
