package app.lantern.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partnership's reporting year, 1 April to 31 March, named by the calendar year it starts in
 * and written the way yearly reports write it: "2023–24" (with an en dash).
 */
public record ReportingYear(int startYear) implements Comparable<ReportingYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})");

    public ReportingYear {
        if (startYear < 1990 || startYear > 2200) {
            throw new IllegalArgumentException("Reporting year must start between 1990 and 2200");
        }
    }

    public static ReportingYear containing(LocalDate date) {
        return new ReportingYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * The year every page opens on when none is asked for: the reporting year running today. One
     * rule for every module, so moving between pages never changes the year under a person.
     */
    public static ReportingYear current(java.time.Clock clock) {
        return containing(LocalDate.now(clock));
    }

    /** Reads "2023-24", "2023–24" or "2023-2024"; the two years must follow each other. */
    public static ReportingYear parse(String text) {
        var m = LABEL.matcher(text == null ? "" : text.trim());
        if (!m.matches()) throw new IllegalArgumentException("Enter a reporting year like 2023-24");
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
        if (end != expected) throw new IllegalArgumentException("The second year must follow the first, like 2023-24");
        return new ReportingYear(start);
    }

    /** The year a query parameter names; empty when it is missing or not a reporting year. */
    public static Optional<ReportingYear> tryParse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public ReportingYear previous() {
        return new ReportingYear(startYear - 1);
    }

    public ReportingYear next() {
        return new ReportingYear(startYear + 1);
    }

    /** "2023–24", as printed in reports. */
    public String label() {
        return startYear + "–" + String.format("%02d", (startYear + 1) % 100);
    }

    /** "2023-24", safe in URLs and query strings. */
    public String slug() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
