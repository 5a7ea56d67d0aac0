package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.lantern.partnership.AttendanceFacts.CountedMeeting;
import app.lantern.partnership.AttendanceFacts.OrganisationAttendance;
import app.lantern.shared.Figure;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;

/** The yearly report's attendance block says what the attendance page says, and links each figure to its meetings. */
class AttendanceFactsTest {

    static final ReportingYear YEAR = new ReportingYear(2025);
    static final long POLICE = 10;
    static final long COUNCIL = 20;

    final AttendanceFacts facts = new AttendanceFacts(YEAR, List.of(),
            List.of(new OrganisationAttendance(COUNCIL, "Eastmere Council", new Rate(1, 3)),
                    new OrganisationAttendance(POLICE, "Eastmere Police", new Rate(3, 3))),
            List.of(new CountedMeeting(7, "Executive", LocalDate.of(2025, 6, 10)),
                    new CountedMeeting(8, "Case Review Committee", LocalDate.of(2025, 9, 2)),
                    new CountedMeeting(9, "Executive", LocalDate.of(2026, 3, 31))),
            Map.of(POLICE, List.of(7L, 8L, 9L), COUNCIL, List.of(8L)));

    @Test
    void the_block_counts_the_meetings_that_count_and_links_each_of_them() {
        var block = facts.block();

        assertThat(block.title()).isEqualTo("Attendance");
        assertThat(block.year()).isEqualTo(YEAR);
        var meetings = block.figure("attendance.meetings");
        assertThat(meetings.unit()).isEqualTo(Figure.Unit.COUNT);
        assertThat(meetings.display()).isEqualTo("3");
        assertThat(meetings.records()).containsExactly(
                new RecordLink("Executive, 10 June 2025", "/meetings/7"),
                new RecordLink("Case Review Committee, 2 September 2025", "/meetings/8"),
                new RecordLink("Executive, 31 March 2026", "/meetings/9"));
    }

    @Test
    void each_organisation_has_its_rate_in_name_order_linked_to_the_meetings_it_attended() {
        var block = facts.block();

        assertThat(block.figures()).extracting(Figure::key)
                .containsExactly("attendance.meetings", "attendance.organisation.20", "attendance.organisation.10");
        var council = block.figure("attendance.organisation.20");
        assertThat(council.label()).isEqualTo("Eastmere Council: meetings attended of those it was expected at");
        assertThat(council.display()).isEqualTo("33%");
        assertThat(council.records()).containsExactly(new RecordLink("Case Review Committee, 2 September 2025", "/meetings/8"));
        var police = block.figure("attendance.organisation.10");
        assertThat(police.display()).isEqualTo("100%");
        assertThat(police.records()).extracting(RecordLink::path).containsExactly("/meetings/7", "/meetings/8", "/meetings/9");
    }
}
