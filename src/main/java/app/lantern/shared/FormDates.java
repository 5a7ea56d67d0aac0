package app.lantern.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * Reads GOV.UK date inputs (day, month, year typed separately) and "HH:mm" times, putting the
 * GOV.UK error messages on the field when what was typed is missing or not a real date.
 */
public final class FormDates {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    private FormDates() {
    }

    /**
     * @param field the date's field prefix; errors go on {@code <field>Day}
     * @param what  how the message names the date, e.g. "start date"
     * @return the date, or null when left blank or wrong (and then an error is recorded if needed)
     */
    public static LocalDate date(String day, String month, String year, boolean required, String field, String what, Errors errors) {
        String d = trim(day), m = trim(month), y = trim(year);
        String error = field + "Day";
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) errors.rejectValue(error, "required", "Enter the " + what);
            return null;
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            String missing = d.isEmpty() ? "day" : m.isEmpty() ? "month" : "year";
            errors.rejectValue(error, "incomplete", capitalise(what) + " must include a " + missing);
            return null;
        }
        if (!NUMBER.matcher(d).matches() || !NUMBER.matcher(m).matches() || !NUMBER.matcher(y).matches()) {
            errors.rejectValue(error, "invalid", capitalise(what) + " must be a real date, like 27 3 2025");
            return null;
        }
        if (y.length() != 4) {
            errors.rejectValue(error, "year", "Year must include 4 numbers");
            return null;
        }
        int yearValue = Integer.parseInt(y);
        if (yearValue < 1990 || yearValue > 2200) {
            errors.rejectValue(error, "range", capitalise(what) + " must be between 1990 and 2200");
            return null;
        }
        try {
            return LocalDate.of(yearValue, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            errors.rejectValue(error, "invalid", capitalise(what) + " must be a real date, like 27 3 2025");
            return null;
        }
    }

    /** "14:00" or "9:30" (24-hour clock); null when blank or wrong. */
    public static LocalTime time(String value, String field, String what, Errors errors) {
        String t = trim(value);
        if (t.isEmpty()) {
            errors.rejectValue(field, "required", "Enter the " + what);
            return null;
        }
        var m = TIME.matcher(t);
        if (!m.matches()) {
            errors.rejectValue(field, "invalid", capitalise(what) + " must be a time on the 24-hour clock, like 14:00");
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static String[] parts(LocalDate date) {
        if (date == null) return new String[]{"", "", ""};
        return new String[]{String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())};
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
