package app.lantern.reviews;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/** Reads a GOV.UK date input (day, month, year as typed) and puts any problem on the field's day box. */
final class CaseReviewDates {

    private CaseReviewDates() {
    }

    /**
     * The date typed, or null: when all three boxes are empty (an error only if {@code required}),
     * or when the date is not real (always an error). {@code label} starts the message, e.g. "Decision date".
     */
    static LocalDate read(Errors errors, String field, String day, String month, String year, String label, boolean required) {
        String d = strip(day), m = strip(month), y = strip(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) errors.rejectValue(field + "Day", "required", "Enter the " + lower(label));
            return null;
        }
        if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
            errors.rejectValue(field + "Day", "incomplete", label + " must include a day, month and year");
            return null;
        }
        if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
            errors.rejectValue(field + "Day", "invalid", label + " must be a real date, like 27 3 2024");
            return null;
        }
        try {
            var date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (date.getYear() < 1990) {
                errors.rejectValue(field + "Day", "invalid", label + " must be in 1990 or later");
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.rejectValue(field + "Day", "invalid", label + " must be a real date, like 27 3 2024");
            return null;
        }
    }

    static String day(LocalDate d) {
        return d == null ? "" : String.valueOf(d.getDayOfMonth());
    }

    static String month(LocalDate d) {
        return d == null ? "" : String.valueOf(d.getMonthValue());
    }

    static String year(LocalDate d) {
        return d == null ? "" : String.valueOf(d.getYear());
    }


    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
