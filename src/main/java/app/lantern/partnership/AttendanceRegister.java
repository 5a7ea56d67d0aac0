package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeViews.AttendanceLine;
import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.partnership.CommitteeViews.MemberView;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/** Who came to a meeting: recording it, showing it, and which past meetings still need it. */
@Service
@Transactional(readOnly = true)
class AttendanceRegister {

    private final JdbcClient jdbc;
    private final CommitteeRecords records;
    private final CommitteeAccess access;
    private final ActivityLog activityLog;

    AttendanceRegister(JdbcClient jdbc, CommitteeRecords records, CommitteeAccess access, ActivityLog activityLog) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.activityLog = activityLog;
    }

    /**
     * Records who attended: one entry per member expected at the meeting (those whose membership
     * covers its date). Replaces any attendance recorded before.
     */
    @Transactional
    void recordAttendance(long meetingId, List<AttendanceEntry> entries, CurrentPerson who) {
        recordAttendance(meetingId, records.meeting(meetingId).orElseThrow(RecordNotFoundException::new).version(), entries, who);
    }

    /**
     * Replaces a meeting's attendance, if the meeting is still at the version the person started
     * from; otherwise nothing is written and {@link OptimisticLockingFailureException} says why.
     */
    @Transactional
    void recordAttendance(long meetingId, long expectedVersion, List<AttendanceEntry> entries, CurrentPerson who) {
        var meeting = access.meetingToRun(who, meetingId);
        var expected = records.expectedMembers(meeting).stream().map(MemberRecord::id).collect(Collectors.toSet());
        for (var e : entries) {
            if (!expected.contains(e.memberId())) throw new IllegalArgumentException("Member " + e.memberId() + " is not expected at this meeting");
            if (e.status() == null) throw new IllegalArgumentException("Every member needs an attendance");
            if (e.status() == AttendanceStatus.DEPUTY && (e.deputyName() == null || e.deputyName().isBlank())) {
                throw new IllegalArgumentException("Enter the deputy's name");
            }
        }
        int claimed = jdbc.sql("UPDATE meeting SET version = version + 1 WHERE id = ? AND version = ?")
                .params(meetingId, expectedVersion).update();
        if (claimed == 0) throw new OptimisticLockingFailureException("Meeting " + meetingId + " was changed by someone else");
        String before = attendanceText(meetingId);
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting = ?").param(meetingId).update();
        for (var e : entries) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting, member_id, status, deputy_name) VALUES (?, ?, ?, ?)")
                    .params(meetingId, e.memberId(), e.status().name(),
                            e.status() == AttendanceStatus.DEPUTY ? CommitteeRecords.clean(e.deputyName()) : null)
                    .update();
        }
        var committee = records.committee(meeting.committeeId()).orElseThrow();
        activityLog.recordChange(ActivityAction.CHANGED, "Meeting", meetingId,
                "Recorded attendance at " + committee.name() + " meeting on " + meeting.meetingDate(), before,
                attendanceText(meetingId));
    }

    /**
     * The meeting's attendance table: every member expected at it, and anyone marked at it whose
     * membership has since changed, with their mark if attendance was recorded.
     */
    List<AttendanceLine> lines(MeetingRecord meeting) {
        Map<Long, String[]> marks = new HashMap<>();
        jdbc.sql("SELECT member_id, status, deputy_name FROM meeting_attendance WHERE meeting = ?").param(meeting.id())
                .query((rs, n) -> marks.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)})).list();
        var expectedIds = records.expectedMembers(meeting).stream().map(MemberRecord::id).collect(Collectors.toSet());
        var lines = new ArrayList<AttendanceLine>();
        for (MemberView m : records.memberViews(meeting.committeeId())) {
            if (!expectedIds.contains(m.id()) && !marks.containsKey(m.id())) continue;
            var mark = marks.get(m.id());
            lines.add(new AttendanceLine(m, mark == null ? null : AttendanceStatus.valueOf(mark[0]), mark == null ? null : mark[1]));
        }
        return lines;
    }

    /**
     * Past meetings that went ahead but have no attendance recorded, oldest first: for the business
     * unit every committee's, for a chair those of the committees they chair today.
     */
    List<UpcomingMeeting> meetingsAwaitingAttendance(CurrentPerson who, int limit) {
        if (!who.passes(Rule.RUNS_MEETINGS)) return List.of();
        LocalDate today = records.today();
        return jdbc.sql("""
                SELECT m.id, c.id, c.name, m.meeting_date, m.starts_at, m.location
                FROM meeting m JOIN committee c ON c.id = m.committee_id
                WHERE NOT m.cancelled AND m.meeting_date < :today
                  AND NOT EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting = m.id)
                  AND (:everyCommittee OR EXISTS (
                        SELECT 1 FROM committee_member cm
                        WHERE cm.committee_id = c.id AND cm.person_id = :person AND cm.role = 'CHAIR'
                          AND cm.start_date <= :today AND (cm.end_date IS NULL OR cm.end_date >= :today)))
                ORDER BY m.meeting_date, c.name
                LIMIT :limit""")
                .param("today", today).param("everyCommittee", who.passes(Rule.RUNS_PARTNERSHIP)).param("person", who.id())
                .param("limit", limit)
                .query((rs, i) -> new UpcomingMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getString(6)))
                .list();
    }

    private String attendanceText(long meetingId) {
        return jdbc.sql("SELECT member_id, status, deputy_name FROM meeting_attendance WHERE meeting = ? ORDER BY member_id")
                .param(meetingId)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")"))
                .list().stream().collect(Collectors.joining("; "));
    }
}
