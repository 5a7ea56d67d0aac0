package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

/** A stored notification with its reference and version. */
record NotificationRecord(long id, String reference, NotificationDetails details, long version) {

    public String path() {
        return "/reviews/notifications/" + id;
    }

    public List<Long> agencyIds() {
        return details.agencyIds();
    }

    public LocalDate awareDate() {
        return details.awareDate();
    }
}
