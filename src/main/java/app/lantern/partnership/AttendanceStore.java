package app.lantern.partnership;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.shared.ReportingYear;

/** Reads and writes who attended meetings ({@code meeting_attendance}). */
@Repository
class AttendanceStore {

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's recorded attendance, by member id. */
    Map<Long, AttendanceEntry> marks(long meetingId) {
        return jdbc.sql("SELECT member_id, status, deputy_name FROM meeting_attendance WHERE meeting = ?").param(meetingId)
                .query((rs, n) -> new AttendanceEntry(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2)), rs.getString(3)))
                .list().stream().collect(Collectors.toMap(AttendanceEntry::memberId, Function.identity()));
    }

    /** Replaces the meeting's attendance with these entries; a deputy's name is kept only for a deputy. */
    void replace(long meetingId, List<AttendanceEntry> entries) {
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting = ?").param(meetingId).update();
        for (var e : entries) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting, member_id, status, deputy_name) VALUES (?, ?, ?, ?)")
                    .params(meetingId, e.memberId(), e.status().name(),
                            e.status() == AttendanceStatus.DEPUTY ? CommitteeRecords.clean(e.deputyName()) : null)
                    .update();
        }
    }

    /** The meeting's attendance as the activity log shows it before and after a change. */
    String describe(long meetingId) {
        return jdbc.sql("SELECT member_id, status, deputy_name FROM meeting_attendance WHERE meeting = ? ORDER BY member_id")
                .param(meetingId)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")"))
                .list().stream().collect(Collectors.joining("; "));
    }

    /** Every mark at a meeting in the year. */
    List<AttendanceRates.Mark> marksDuring(ReportingYear year) {
        return jdbc.sql("""
                SELECT a.meeting, a.member_id, a.status FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting
                WHERE m.meeting_date BETWEEN ? AND ?""")
                .params(year.start(), year.end())
                .query((rs, n) -> new AttendanceRates.Mark(rs.getLong(1), rs.getLong(2), AttendanceStatus.valueOf(rs.getString(3))))
                .list();
    }
}
