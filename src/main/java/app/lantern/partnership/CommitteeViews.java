package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the committee and meeting pages show; read models built by {@link CommitteeService}. */
final class CommitteeViews {

    private CommitteeViews() {
    }

    record CommitteeRecord(long id, String name, CommitteeKind kind, String purpose, Long parentId, String sharedWith,
            LocalDate startDate, LocalDate endDate, long version) {

        boolean endedBy(LocalDate date) {
            return endDate != null && endDate.isBefore(date);
        }

        String describe() {
            return "name=" + name + "; kind=" + kind + "; purpose=" + purpose + "; parent=" + parentId
                    + "; sharedWith=" + sharedWith + "; start=" + startDate + "; end=" + endDate;
        }
    }

    record MemberRecord(long id, long committeeId, long personId, long organisationId, MemberRole role,
            LocalDate startDate, LocalDate endDate) {

        boolean covers(LocalDate date) {
            return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
        }

        String describe() {
            return "person=" + personId + "; organisation=" + organisationId + "; role=" + role + "; start=" + startDate
                    + "; end=" + endDate;
        }
    }

    record MeetingRecord(long id, long committeeId, LocalDate meetingDate, LocalTime startsAt, LocalTime endsAt,
            String location, String minutes, boolean cancelled, long version) {
    }

    /** A row of the committees list. */
    record CommitteeRow(long id, String name, CommitteeKind kind, String parentName, String chairName, int memberCount,
            LocalDate nextMeeting, boolean closed) {
    }

    /** A member as the committee and meeting pages list them; current until their last day has passed or is today. */
    record MemberView(long id, long personId, String personName, String jobTitle, long organisationId,
            String organisationName, MemberRole role, LocalDate startDate, LocalDate endDate, boolean current) {
    }

    record CommitteePage(CommitteeRecord committee, String parentName, List<MemberView> members,
            List<MeetingRow> upcoming, List<MeetingRow> past) {

        public List<MemberView> currentMembers() {
            return members.stream().filter(MemberView::current).toList();
        }

        public List<MemberView> formerMembers() {
            return members.stream().filter(m -> !m.current()).toList();
        }
    }

    /** A meeting in a list. */
    record MeetingRow(long id, long committeeId, String committeeName, LocalDate date, LocalTime startsAt,
            LocalTime endsAt, String location, boolean cancelled, boolean attendanceRecorded) {
    }

    /** One expected member's line in a meeting's attendance table. */
    record AttendanceLine(MemberView member, AttendanceStatus status, String deputyName) {
    }

    record MeetingPage(MeetingRecord meeting, CommitteeRecord committee, List<String> agenda, List<String> decisions,
            List<AttendanceLine> attendance) {

        public boolean attendanceRecorded() {
            return attendance.stream().anyMatch(a -> a.status() != null);
        }
    }

    /** A seat an organisation holds on a committee: who sits there and in what role. */
    record Seat(long committeeId, String committeeName, String personName, MemberRole role) {
    }
}
