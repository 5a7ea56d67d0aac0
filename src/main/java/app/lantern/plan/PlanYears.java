package app.lantern.plan;

import java.util.ArrayList;
import java.util.List;

import app.lantern.shared.ReportingYear;

/**
 * The reporting years a plan covers, one to {@value #MAX_YEARS} in a row, written as yearly reports
 * write them: "2023–24" for one year, "2024–27" for three (from April 2024 to March 2027).
 */
record PlanYears(ReportingYear first, ReportingYear last) {

    static final int MAX_YEARS = 5;

    PlanYears {
        if (last.compareTo(first) < 0) throw new IllegalArgumentException("A plan's last year cannot come before its first");
        if (last.startYear() - first.startYear() >= MAX_YEARS)
            throw new IllegalArgumentException("A plan covers at most " + MAX_YEARS + " years");
    }

    static PlanYears of(ReportingYear first, int count) {
        if (count < 1) throw new IllegalArgumentException("A plan covers at least one year");
        return new PlanYears(first, new ReportingYear(first.startYear() + count - 1));
    }

    static PlanYears of(int firstStartYear, int lastStartYear) {
        return new PlanYears(new ReportingYear(firstStartYear), new ReportingYear(lastStartYear));
    }

    public int count() {
        return last.startYear() - first.startYear() + 1;
    }

    public boolean contains(ReportingYear year) {
        return year.compareTo(first) >= 0 && year.compareTo(last) <= 0;
    }

    boolean overlaps(PlanYears other) {
        return first.compareTo(other.last) <= 0 && other.first.compareTo(last) <= 0;
    }

    public List<ReportingYear> years() {
        var years = new ArrayList<ReportingYear>();
        for (int y = first.startYear(); y <= last.startYear(); y++) years.add(new ReportingYear(y));
        return years;
    }

    /** The years of the plan that follows this one: starting the year after its last, for {@code count} years. */
    PlanYears following(int count) {
        return of(last.next(), count);
    }

    /** "2023–24", or "2024–27" for several years. */
    public String label() {
        if (count() == 1) return first.label();
        return first.startYear() + "–" + String.format("%02d", (last.startYear() + 1) % 100);
    }

    /** "1 April 2024 to 31 March 2027". */
    public String span() {
        var f = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
        return first.start().format(f) + " to " + last.end().format(f);
    }

    @Override
    public String toString() {
        return label();
    }
}
