package app.lantern.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.lantern.shared.WorkingDays;

/**
 * Reads a year of bank holidays pasted one a line, like {@code 2028-01-03 New Year's Day (substitute day)}.
 * Every line is checked and every problem reported with its line number; the caller writes
 * nothing unless there are none.
 */
final class HolidayLines {

    /** England and Wales never have fewer bank holidays in a year. */
    static final int FEWEST_IN_A_YEAR = 8;
    static final int MAX_NAME = 120;
    static final int MAX_LINES = 40;

    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(.+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private HolidayLines() {
    }

    record Holiday(LocalDate date, String name) {
    }

    record Problem(int line, String message) {
        String text() {
            return "Line " + line + ": " + message;
        }
    }

    record Result(int year, List<Holiday> holidays, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param text          what was pasted
     * @param loadedYears   the years that already have bank holidays (a year is added once, whole)
     * @param existingDates dates already in the calendar
     */
    static Result read(String text, Set<Integer> loadedYears, Set<LocalDate> existingDates) {
        var holidays = new ArrayList<Holiday>();
        var problems = new ArrayList<Problem>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        if (lines.length > MAX_LINES + 20) {
            problems.add(new Problem(MAX_LINES + 1, "There are too many lines: paste one year of bank holidays, one a line"));
            return new Result(0, List.of(), problems);
        }
        var seen = new HashSet<LocalDate>();
        Integer year = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            var m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(new Problem(number, "Write the date, a space and the name, like 2028-01-03 New Year's Day (substitute day)"));
                continue;
            }
            String datePart = m.group(1);
            String name = m.group(2).strip();
            if (!ISO_DATE.matcher(datePart).matches()) {
                problems.add(new Problem(number, "The date must be written YYYY-MM-DD, like 2028-01-03"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(datePart);
            } catch (DateTimeException e) {
                problems.add(new Problem(number, datePart + " is not a real date"));
                continue;
            }
            if (year == null) year = date.getYear();
            if (date.getYear() != year) {
                problems.add(new Problem(number, datePart + " is not in " + year + ": add one year at a time"));
            } else if (WorkingDays.isWeekend(date)) {
                problems.add(new Problem(number, datePart + " is a " + (date.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday")
                        + ": a bank holiday at a weekend is not needed, add its substitute day instead"));
            } else if (!seen.add(date)) {
                problems.add(new Problem(number, datePart + " is on an earlier line too"));
            } else if (existingDates.contains(date)) {
                problems.add(new Problem(number, datePart + " is already a bank holiday"));
            } else if (name.length() > MAX_NAME) {
                problems.add(new Problem(number, "The name must be " + MAX_NAME + " characters or fewer"));
            } else {
                holidays.add(new Holiday(date, name));
            }
        }
        if (year != null && loadedYears.contains(year)) {
            problems.addFirst(new Problem(firstLine(lines), "Bank holidays for " + year
                    + " are already loaded: add a single bank holiday instead"));
        } else if (year != null && problems.isEmpty() && holidays.size() < FEWEST_IN_A_YEAR) {
            problems.add(new Problem(lastLine(lines), "England and Wales have at least " + FEWEST_IN_A_YEAR
                    + " bank holidays a year, and there are only " + holidays.size() + " here: paste the whole year"));
        }
        return new Result(year == null ? 0 : year, List.copyOf(holidays), List.copyOf(problems));
    }

    private static int firstLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) if (!lines[i].isBlank()) return i + 1;
        return 1;
    }

    private static int lastLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) if (!lines[i].isBlank()) return i + 1;
        return 1;
    }
}
