package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:15:00Z");

    static String summerMeeting(String summary, String location, List<String> agenda) {
        return IcsCalendar.of(new IcsCalendar.Event(42, summary, LocalDate.of(2025, 7, 8), LocalTime.of(10, 0),
                LocalTime.of(12, 30), location, agenda, false), NOW);
    }

    @Test
    void every_line_ends_with_crlf_and_none_is_longer_than_75_octets() {
        String ics = summerMeeting("Contextual Safeguarding Committee", "Town Hall",
                List.of("A very long agenda item about the multi-agency response to child exploitation across Eastmere and Saltmarsh",
                        "Cyfarfod y pwyllgor — ymddiheuriadau, łódź, 会议议程 and more text to force several folds here"));

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void folding_never_splits_a_multi_byte_character_and_unfolds_to_the_original() {
        String longWelsh = "DESCRIPTION:" + "Ŵyl ddiogelu plant 会议 ".repeat(10);
        String folded = IcsCalendar.fold(longWelsh);

        assertThat(folded).contains("\r\n ");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(longWelsh);
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void text_escapes_backslash_semicolon_comma_and_newlines() {
        assertThat(IcsCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void the_event_has_uid_utc_times_summary_location_and_the_agenda() {
        String ics = summerMeeting("Case Review Committee", "Room 2, Town Hall; Quay Street",
                List.of("Welcome", "Rapid reviews"));
        String unfolded = ics.replace("\r\n ", "");

        assertThat(unfolded).contains("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        assertThat(unfolded).contains("UID:meeting-42@lantern\r\n");
        assertThat(unfolded).contains("DTSTAMP:20260105T091500Z\r\n");
        assertThat(unfolded).as("10:00 British Summer Time is 09:00 UTC").contains("DTSTART:20250708T090000Z\r\n");
        assertThat(unfolded).contains("DTEND:20250708T113000Z\r\n");
        assertThat(unfolded).contains("SUMMARY:Case Review Committee\r\n");
        assertThat(unfolded).contains("LOCATION:Room 2\\, Town Hall\\; Quay Street\r\n");
        assertThat(unfolded).contains("DESCRIPTION:Agenda:\\n1. Welcome\\n2. Rapid reviews\r\n");
    }

    @Test
    void winter_times_are_greenwich_mean_time() {
        String ics = IcsCalendar.of(new IcsCalendar.Event(7, "Panel", LocalDate.of(2026, 1, 13), LocalTime.of(14, 0),
                LocalTime.of(16, 0), null, List.of(), true), NOW);

        assertThat(ics).contains("DTSTART:20260113T140000Z\r\n").contains("STATUS:CANCELLED\r\n").doesNotContain("LOCATION");
    }
}
