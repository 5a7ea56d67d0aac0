package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting still to come, as the home page lists it. */
public record UpcomingMeeting(long meetingId, long committeeId, String committeeName, LocalDate date, LocalTime startsAt,
        String location) {
}
