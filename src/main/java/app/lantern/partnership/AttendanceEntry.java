package app.lantern.partnership;

/** One expected member's attendance at a meeting; {@code deputyName} only when a deputy was sent. */
public record AttendanceEntry(long memberId, AttendanceStatus status, String deputyName) {
}
