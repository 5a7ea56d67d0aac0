package app.lantern.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: 5 March 2024. */
final class Dates {

    private static final DateTimeFormatter GOVUK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : GOVUK.format(date);
    }
}
