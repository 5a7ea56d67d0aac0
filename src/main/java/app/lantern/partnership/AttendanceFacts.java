package app.lantern.partnership;

import java.util.List;

import app.lantern.shared.ReportingYear;

/**
 * Committee attendance in a reporting year, as the yearly report prints it
 * ("Eastmere Police — 100%"). Read-only; computed by {@link AttendanceService#attendanceFor}.
 *
 * @param committees    committees with at least one counted meeting, executive first, then by name
 * @param organisations each organisation's rate across all committees, by name
 */
public record AttendanceFacts(ReportingYear year, List<CommitteeAttendance> committees,
        List<OrganisationAttendance> organisations) {

    /**
     * @param meetingsCounted meetings in the year, not cancelled, with attendance recorded
     * @param members         the committee's own rate: member-attendances / expected member-attendances
     * @param organisations   each expected organisation's rate, by name
     */
    public record CommitteeAttendance(long committeeId, String committeeName, CommitteeKind kind, int meetingsCounted,
            Rate members, List<OrganisationAttendance> organisations) {
    }

    /** An organisation's rate: meetings attended / meetings at which it was expected. */
    public record OrganisationAttendance(long organisationId, String organisationName, Rate rate) {

        /** "Eastmere Police — 100%". */
        public String line() {
            return organisationName + " — " + rate.label();
        }
    }
}
