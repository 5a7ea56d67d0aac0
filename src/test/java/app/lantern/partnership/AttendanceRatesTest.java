package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.lantern.partnership.AttendanceRates.Mark;
import app.lantern.partnership.AttendanceRates.Meeting;
import app.lantern.partnership.AttendanceRates.Membership;
import app.lantern.shared.ReportingYear;

class AttendanceRatesTest {

    static final ReportingYear YEAR = new ReportingYear(2025);
    static final long COMMITTEE = 1;
    static final long POLICE = 10;
    static final long COUNCIL = 20;
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    static Membership member(long id, long org) {
        return new Membership(id, COMMITTEE, org, LONG_AGO, null);
    }

    static Meeting meeting(long id, LocalDate date) {
        return new Meeting(id, COMMITTEE, date, false);
    }

    static Mark mark(long meeting, long member, AttendanceStatus status) {
        return new Mark(meeting, member, status);
    }

    static AttendanceRates.CommitteeTally only(AttendanceRates.Result result) {
        assertThat(result.committees()).hasSize(1);
        return result.committees().getFirst();
    }

    @Test
    void an_organisation_that_sent_a_deputy_attended() {
        var result = AttendanceRates.compute(YEAR, List.of(meeting(1, LocalDate.of(2025, 6, 10))),
                List.of(member(100, POLICE), member(200, COUNCIL)),
                List.of(mark(1, 100, AttendanceStatus.DEPUTY), mark(1, 200, AttendanceStatus.APOLOGIES)));

        var tally = only(result);
        assertThat(tally.organisations().get(POLICE)).isEqualTo(new Rate(1, 1));
        assertThat(tally.organisations().get(COUNCIL)).isEqualTo(new Rate(0, 1));
        assertThat(tally.members()).isEqualTo(new Rate(1, 2));
        assertThat(tally.organisations().get(POLICE).label()).isEqualTo("100%");
    }

    @Test
    void an_organisation_attended_if_any_of_its_expected_members_came() {
        var result = AttendanceRates.compute(YEAR, List.of(meeting(1, LocalDate.of(2025, 6, 10))),
                List.of(member(100, POLICE), member(101, POLICE)),
                List.of(mark(1, 100, AttendanceStatus.ABSENT), mark(1, 101, AttendanceStatus.PRESENT)));

        var tally = only(result);
        assertThat(tally.organisations().get(POLICE)).isEqualTo(new Rate(1, 1));
        assertThat(tally.members()).isEqualTo(new Rate(1, 2));
    }

    @Test
    void a_membership_starting_mid_year_is_not_expected_at_earlier_meetings() {
        var joinedInOctober = new Membership(300, COMMITTEE, COUNCIL, LocalDate.of(2025, 10, 1), null);
        var result = AttendanceRates.compute(YEAR,
                List.of(meeting(1, LocalDate.of(2025, 6, 10)), meeting(2, LocalDate.of(2025, 11, 10))),
                List.of(member(100, POLICE), joinedInOctober),
                List.of(mark(1, 100, AttendanceStatus.PRESENT), mark(2, 100, AttendanceStatus.PRESENT),
                        mark(2, 300, AttendanceStatus.PRESENT)));

        var tally = only(result);
        assertThat(tally.organisations().get(COUNCIL)).isEqualTo(new Rate(1, 1));
        assertThat(tally.organisations().get(POLICE)).isEqualTo(new Rate(2, 2));
        assertThat(tally.members()).isEqualTo(new Rate(3, 3));
    }

    @Test
    void a_membership_that_ended_is_not_expected_afterwards() {
        var leftInJuly = new Membership(300, COMMITTEE, COUNCIL, LONG_AGO, LocalDate.of(2025, 7, 31));
        var result = AttendanceRates.compute(YEAR,
                List.of(meeting(1, LocalDate.of(2025, 7, 31)), meeting(2, LocalDate.of(2025, 8, 1))),
                List.of(member(100, POLICE), leftInJuly),
                List.of(mark(1, 100, AttendanceStatus.PRESENT), mark(1, 300, AttendanceStatus.APOLOGIES),
                        mark(2, 100, AttendanceStatus.PRESENT)));

        assertThat(only(result).organisations().get(COUNCIL)).isEqualTo(new Rate(0, 1));
    }

    @Test
    void cancelled_meetings_and_meetings_without_attendance_recorded_do_not_count() {
        var cancelled = new Meeting(2, COMMITTEE, LocalDate.of(2025, 8, 1), true);
        var unrecorded = meeting(3, LocalDate.of(2025, 9, 1));
        var result = AttendanceRates.compute(YEAR, List.of(meeting(1, LocalDate.of(2025, 6, 10)), cancelled, unrecorded),
                List.of(member(100, POLICE)),
                List.of(mark(1, 100, AttendanceStatus.PRESENT), mark(2, 100, AttendanceStatus.ABSENT)));

        var tally = only(result);
        assertThat(tally.meetingsCounted()).isEqualTo(1);
        assertThat(tally.organisations().get(POLICE)).isEqualTo(new Rate(1, 1));
    }

    @Test
    void the_year_runs_from_1_april_to_31_march_inclusive() {
        var result = AttendanceRates.compute(YEAR,
                List.of(meeting(1, LocalDate.of(2025, 3, 31)), meeting(2, LocalDate.of(2025, 4, 1)),
                        meeting(3, LocalDate.of(2026, 3, 31)), meeting(4, LocalDate.of(2026, 4, 1))),
                List.of(member(100, POLICE)),
                List.of(mark(1, 100, AttendanceStatus.ABSENT), mark(2, 100, AttendanceStatus.PRESENT),
                        mark(3, 100, AttendanceStatus.PRESENT), mark(4, 100, AttendanceStatus.ABSENT)));

        var tally = only(result);
        assertThat(tally.meetingsCounted()).isEqualTo(2);
        assertThat(tally.organisations().get(POLICE)).isEqualTo(new Rate(2, 2));
    }

    @Test
    void two_of_three_is_shown_as_67_percent_rounded_half_up() {
        var result = AttendanceRates.compute(YEAR,
                List.of(meeting(1, LocalDate.of(2025, 5, 1)), meeting(2, LocalDate.of(2025, 7, 1)), meeting(3, LocalDate.of(2025, 9, 1))),
                List.of(member(100, POLICE)),
                List.of(mark(1, 100, AttendanceStatus.PRESENT), mark(2, 100, AttendanceStatus.APOLOGIES),
                        mark(3, 100, AttendanceStatus.PRESENT)));

        assertThat(only(result).organisations().get(POLICE).label()).isEqualTo("67%");
        assertThat(new Rate(1, 8).percent()).as("12.5 rounds up").isEqualTo(13);
        assertThat(new Rate(1, 3).percent()).isEqualTo(33);
    }

    @Test
    void across_committees_an_organisation_adds_up_its_meetings() {
        long otherCommittee = 2;
        var result = AttendanceRates.compute(YEAR,
                List.of(meeting(1, LocalDate.of(2025, 5, 1)), new Meeting(2, otherCommittee, LocalDate.of(2025, 5, 2), false)),
                List.of(member(100, POLICE), new Membership(200, otherCommittee, POLICE, LONG_AGO, null)),
                List.of(mark(1, 100, AttendanceStatus.PRESENT), mark(2, 200, AttendanceStatus.ABSENT)));

        assertThat(result.committees()).hasSize(2);
        assertThat(result.organisations().get(POLICE)).isEqualTo(new Rate(1, 2));
        assertThat(result.organisations().get(POLICE).label()).isEqualTo("50%");
    }

    @Test
    void an_expected_member_with_no_mark_counts_as_not_attending() {
        var result = AttendanceRates.compute(YEAR, List.of(meeting(1, LocalDate.of(2025, 6, 10))),
                List.of(member(100, POLICE), member(200, COUNCIL)),
                List.of(mark(1, 100, AttendanceStatus.PRESENT)));

        var tally = only(result);
        assertThat(tally.organisations().get(COUNCIL)).isEqualTo(new Rate(0, 1));
        assertThat(tally.members()).isEqualTo(new Rate(1, 2));
    }

    @Test
    void the_result_names_the_meetings_counted_and_those_each_organisation_attended_by_date() {
        var cancelled = new Meeting(3, COMMITTEE, LocalDate.of(2025, 5, 1), true);
        var result = AttendanceRates.compute(YEAR,
                List.of(meeting(2, LocalDate.of(2025, 9, 1)), meeting(1, LocalDate.of(2025, 6, 10)), cancelled),
                List.of(member(100, POLICE), member(200, COUNCIL)),
                List.of(mark(1, 100, AttendanceStatus.PRESENT), mark(1, 200, AttendanceStatus.APOLOGIES),
                        mark(2, 100, AttendanceStatus.DEPUTY), mark(2, 200, AttendanceStatus.PRESENT),
                        mark(3, 100, AttendanceStatus.PRESENT)));

        assertThat(result.counted()).extracting(Meeting::id).containsExactly(1L, 2L);
        assertThat(result.attendedBy()).containsOnlyKeys(POLICE, COUNCIL);
        assertThat(result.attendedBy().get(POLICE)).containsExactly(1L, 2L);
        assertThat(result.attendedBy().get(COUNCIL)).containsExactly(2L);
    }
}
