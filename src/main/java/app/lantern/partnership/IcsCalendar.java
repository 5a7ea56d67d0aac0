package app.lantern.partnership;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a meeting as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars
 * import. Times are converted from UK local time to UTC, so no VTIMEZONE is needed and the
 * meeting lands at the right time on both sides of a clock change.
 */
final class IcsCalendar {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    record Event(long meetingId, String summary, LocalDate date, LocalTime startsAt, LocalTime endsAt, String location,
            List<String> agenda, boolean cancelled) {
    }

    private IcsCalendar() {
    }

    static String of(Event event, Instant now) {
        var lines = new StringBuilder();
        line(lines, "BEGIN:VCALENDAR");
        line(lines, "VERSION:2.0");
        line(lines, "PRODID:-//Lantern//Committee meetings//EN");
        line(lines, "CALSCALE:GREGORIAN");
        line(lines, "METHOD:PUBLISH");
        line(lines, "BEGIN:VEVENT");
        line(lines, "UID:meeting-" + event.meetingId() + "@lantern");
        line(lines, "DTSTAMP:" + UTC.format(now));
        line(lines, "DTSTART:" + UTC.format(ZonedDateTime.of(event.date(), event.startsAt(), UK)));
        line(lines, "DTEND:" + UTC.format(ZonedDateTime.of(event.date(), event.endsAt(), UK)));
        line(lines, "SUMMARY:" + text(event.summary()));
        if (event.location() != null && !event.location().isBlank()) line(lines, "LOCATION:" + text(event.location()));
        if (!event.agenda().isEmpty()) {
            var description = new StringBuilder("Agenda:");
            int n = 1;
            for (String item : event.agenda()) description.append('\n').append(n++).append(". ").append(item);
            line(lines, "DESCRIPTION:" + text(description.toString()));
        }
        line(lines, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(lines, "END:VEVENT");
        line(lines, "END:VCALENDAR");
        return lines.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        if (value == null) return "";
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }

    /**
     * Folds a content line so no line is longer than 75 octets of UTF-8 (RFC 5545 3.1): each
     * continuation starts with a space. A character is never split across lines.
     */
    static String fold(String line) {
        var out = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
