package app.lantern.reviews;

import java.time.LocalDate;

/**
 * One running statutory or local clock shown on the reviews dashboard: what is due, by when, and
 * how many working days are left (negative once overdue).
 *
 * @param kind        what the record is, e.g. "Serious incident notification"
 * @param reference   the record's reference, e.g. "SIN-2023-002"
 * @param stage       what is due, e.g. "Notify the national panel"
 * @param path        the record's page
 * @param due         the deadline
 * @param workingDaysLeft working days after today up to the deadline; 0 on the day, negative once passed
 */
public record OpenClock(String kind, String reference, String stage, String path, LocalDate due, int workingDaysLeft) {

    public boolean overdue() {
        return workingDaysLeft < 0;
    }
}
