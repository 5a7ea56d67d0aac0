package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.partnership.CommitteeViews.MeetingRow;
import app.lantern.shared.ReportingYear;

/** Reads and writes meetings with their agenda items and decisions ({@code meeting}, {@code meeting_agenda_item}, {@code meeting_decision}). */
@Repository
class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MeetingRecord> meeting(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(MeetingRecord.class).optional();
    }

    /** Adds the meeting with its agenda and decisions; returns its id. */
    long insert(long committeeId, MeetingDetails details) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (committee_id, meeting_date, starts_at, ends_at, location, minutes, cancelled)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, details.date(), details.startsAt(), details.endsAt(),
                        CommitteeRecords.blankToNull(details.location()), CommitteeRecords.blankToNull(details.minutes()),
                        details.cancelled())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeLists(id, details);
        return id;
    }

    /**
     * Changes the meeting and replaces its agenda and decisions, if it is still at {@code version};
     * returns how many meetings changed (0 or 1).
     */
    int update(long meetingId, long version, MeetingDetails details) {
        int changed = jdbc.sql("""
                UPDATE meeting SET meeting_date = ?, starts_at = ?, ends_at = ?, location = ?, minutes = ?, cancelled = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.date(), details.startsAt(), details.endsAt(), CommitteeRecords.blankToNull(details.location()),
                        CommitteeRecords.blankToNull(details.minutes()), details.cancelled(), meetingId, version)
                .update();
        if (changed == 0) return 0;
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting = ?").param(meetingId).update();
        jdbc.sql("DELETE FROM meeting_decision WHERE meeting = ?").param(meetingId).update();
        writeLists(meetingId, details);
        return changed;
    }

    /**
     * Moves the meeting on a version if it is still at {@code version}, so that a change to its
     * attendance and a change to the meeting cannot overwrite each other; returns 0 or 1.
     */
    int claim(long meetingId, long version) {
        return jdbc.sql("UPDATE meeting SET version = version + 1 WHERE id = ? AND version = ?")
                .params(meetingId, version).update();
    }

    private void writeLists(long meetingId, MeetingDetails details) {
        int position = 0;
        for (String item : details.agenda()) {
            if (item == null || item.isBlank()) continue;
            jdbc.sql("INSERT INTO meeting_agenda_item (meeting, position, title) VALUES (?, ?, ?)")
                    .params(meetingId, position++, CommitteeRecords.clean(item)).update();
        }
        position = 0;
        for (String decision : details.decisions()) {
            if (decision == null || decision.isBlank()) continue;
            jdbc.sql("INSERT INTO meeting_decision (meeting, position, text) VALUES (?, ?, ?)")
                    .params(meetingId, position++, CommitteeRecords.clean(decision)).update();
        }
    }

    List<String> agenda(long meetingId) {
        return jdbc.sql("SELECT title FROM meeting_agenda_item WHERE meeting = ? ORDER BY position").param(meetingId)
                .query(String.class).list();
    }

    List<String> decisions(long meetingId) {
        return jdbc.sql("SELECT text FROM meeting_decision WHERE meeting = ? ORDER BY position").param(meetingId)
                .query(String.class).list();
    }

    /**
     * Meetings from {@code today} on that have not been cancelled, soonest first: those of the committees
     * the person is a member of on the meeting day, or every committee's when {@code personId} is null.
     */
    List<UpcomingMeeting> upcoming(LocalDate today, Long personId, int limit) {
        return jdbc.sql("""
                SELECT m.id, c.id, c.name, m.meeting_date, m.starts_at, m.location
                FROM meeting m JOIN committee c ON c.id = m.committee_id
                WHERE NOT m.cancelled AND m.meeting_date >= :today
                  AND (CAST(:person AS BIGINT) IS NULL OR EXISTS (
                        SELECT 1 FROM committee_member cm
                        WHERE cm.committee_id = c.id AND cm.person_id = :person
                          AND cm.start_date <= m.meeting_date AND (cm.end_date IS NULL OR cm.end_date >= m.meeting_date)))
                ORDER BY m.meeting_date, m.starts_at, c.name
                LIMIT :limit""")
                .param("today", today).param("person", personId).param("limit", limit)
                .query((rs, i) -> new UpcomingMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getString(6)))
                .list();
    }

    /**
     * Meetings before {@code today} that went ahead but have no attendance recorded, oldest first:
     * every committee's, or only those of the committees the person chairs on {@code today}.
     */
    List<UpcomingMeeting> awaitingAttendance(LocalDate today, boolean everyCommittee, long personId, int limit) {
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
                .param("today", today).param("everyCommittee", everyCommittee).param("person", personId)
                .param("limit", limit)
                .query((rs, i) -> new UpcomingMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getString(6)))
                .list();
    }

    /** Meetings, newest first, optionally of one committee and in one reporting year. */
    List<MeetingRow> rows(Long committeeId, ReportingYear year, int offset, int limit) {
        return jdbc.sql("""
                SELECT m.id, m.committee_id, c.name AS committee_name, m.meeting_date AS date, m.starts_at, m.ends_at,
                       m.location, m.cancelled,
                       EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting = m.id) AS attendance_recorded
                FROM meeting m JOIN committee c ON c.id = m.committee_id
                WHERE (CAST(:committee AS BIGINT) IS NULL OR m.committee_id = :committee)
                  AND (CAST(:start AS DATE) IS NULL OR m.meeting_date BETWEEN :start AND :end)
                ORDER BY m.meeting_date DESC, m.starts_at DESC, m.id DESC
                OFFSET :offset LIMIT :limit""")
                .param("committee", committeeId)
                .param("start", year == null ? null : year.start())
                .param("end", year == null ? null : year.end())
                .param("offset", offset).param("limit", limit)
                .query(MeetingRow.class).list();
    }

    /** How many meetings {@link #rows} would list without a limit. */
    long count(Long committeeId, ReportingYear year) {
        return jdbc.sql("""
                SELECT count(*) FROM meeting m
                WHERE (CAST(:committee AS BIGINT) IS NULL OR m.committee_id = :committee)
                  AND (CAST(:start AS DATE) IS NULL OR m.meeting_date BETWEEN :start AND :end)""")
                .param("committee", committeeId)
                .param("start", year == null ? null : year.start())
                .param("end", year == null ? null : year.end())
                .query(Long.class).single();
    }

    /** Each committee's next meeting from {@code today} on that has not been cancelled, by committee id. */
    Map<Long, LocalDate> nextMeetingDates(LocalDate today) {
        Map<Long, LocalDate> next = new HashMap<>();
        jdbc.sql("SELECT committee_id, min(meeting_date) AS next FROM meeting WHERE NOT cancelled AND meeting_date >= ? GROUP BY committee_id")
                .param(today).query((rs, n) -> next.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return next;
    }

    /** Every meeting in the year, cancelled or not. */
    List<AttendanceRates.Meeting> meetingsDuring(ReportingYear year) {
        return jdbc.sql("SELECT id, committee_id, meeting_date, cancelled FROM meeting WHERE meeting_date BETWEEN ? AND ?")
                .params(year.start(), year.end())
                .query((rs, n) -> new AttendanceRates.Meeting(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)))
                .list();
    }

    /** The days that have at least one meeting. */
    List<LocalDate> meetingDays() {
        return jdbc.sql("SELECT DISTINCT meeting_date FROM meeting").query(LocalDate.class).list();
    }
}
