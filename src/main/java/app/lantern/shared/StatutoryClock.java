package app.lantern.shared;

import java.time.LocalDate;

/**
 * One running statutory or local clock: what is due, by when, and how many working days are left
 * (negative once overdue). Built with {@link WorkingDays#workingDaysLeft}, the one place that
 * counts them.
 *
 * @param kind      what the record is, e.g. "Serious incident notification"
 * @param reference the record's reference, e.g. "SIN-2023-002"
 * @param stage     what is due, e.g. "Notify the national panel"
 * @param path      the record's page
 */
public record StatutoryClock(String kind, String reference, String stage, String path, LocalDate due, int workingDaysLeft) {

    public boolean overdue() {
        return workingDaysLeft < 0;
    }

    /** The working days left, or overdue by, in words: "1 working day", "3 working days". */
    public String daysInWords() {
        int n = Math.abs(workingDaysLeft);
        return n + " working day" + (n == 1 ? "" : "s");
    }
}
