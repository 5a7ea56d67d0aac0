package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as the home page lists it: one coming up, or one whose attendance is still to record. */
public record UpcomingMeeting(long meetingId, long committeeId, String committeeName, LocalDate date, LocalTime startsAt,
        String location) {
}
