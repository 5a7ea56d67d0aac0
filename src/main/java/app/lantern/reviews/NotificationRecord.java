package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

/** A stored notification with its reference and version. */
record NotificationRecord(long id, String reference, NotificationDetails details, long version) {

    public String path() {
        return "/reviews/notifications/" + id;
    }

    /** "SIN-2023-001 (child EM-4417, J.S.)": what the activity log and titles say. */
    public String title() {
        return reference + " (child " + details.childReference() + ")";
    }

    public List<Long> agencyIds() {
        return details.agencyIds();
    }

    public LocalDate awareDate() {
        return details.awareDate();
    }
}
