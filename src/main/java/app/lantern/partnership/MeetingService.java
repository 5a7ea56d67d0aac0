package app.lantern.partnership;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeViews.MeetingPage;
import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.partnership.CommitteeViews.MeetingRow;
import app.lantern.shared.PageOf;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/** Meetings and their minutes: scheduling, changing, and the lists and pages that show them. */
@Service
@Transactional(readOnly = true)
class MeetingService {

    private final JdbcClient jdbc;
    private final CommitteeRecords records;
    private final CommitteeAccess access;
    private final AttendanceRegister attendance;
    private final ActivityLog activityLog;

    MeetingService(JdbcClient jdbc, CommitteeRecords records, CommitteeAccess access, AttendanceRegister attendance,
            ActivityLog activityLog) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.attendance = attendance;
        this.activityLog = activityLog;
    }

    @Transactional
    long scheduleMeeting(long committeeId, MeetingDetails details, CurrentPerson who) {
        var committee = access.committeeToRun(who, committeeId);
        checkTimes(details);
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
        activityLog.recordChange(ActivityAction.CREATED, "Meeting", id,
                "Scheduled " + committee.name() + " meeting on " + details.date(), null, describe(details));
        return id;
    }

    @Transactional
    void updateMeeting(long meetingId, long version, MeetingDetails details, CurrentPerson who) {
        var before = access.meetingToRun(who, meetingId);
        checkTimes(details);
        String beforeText = describe(meetingDetails(before));
        int changed = jdbc.sql("""
                UPDATE meeting SET meeting_date = ?, starts_at = ?, ends_at = ?, location = ?, minutes = ?, cancelled = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.date(), details.startsAt(), details.endsAt(), CommitteeRecords.blankToNull(details.location()),
                        CommitteeRecords.blankToNull(details.minutes()), details.cancelled(), meetingId, version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Meeting " + meetingId + " was changed by someone else");
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting = ?").param(meetingId).update();
        jdbc.sql("DELETE FROM meeting_decision WHERE meeting = ?").param(meetingId).update();
        writeLists(meetingId, details);
        var committee = records.committee(before.committeeId()).orElseThrow();
        activityLog.recordChange(ActivityAction.CHANGED, "Meeting", meetingId,
                "Changed " + committee.name() + " meeting on " + details.date(), beforeText, describe(details));
    }

    List<String> agenda(long meetingId) {
        return jdbc.sql("SELECT title FROM meeting_agenda_item WHERE meeting = ? ORDER BY position").param(meetingId)
                .query(String.class).list();
    }

    List<String> decisions(long meetingId) {
        return jdbc.sql("SELECT text FROM meeting_decision WHERE meeting = ? ORDER BY position").param(meetingId)
                .query(String.class).list();
    }

    MeetingDetails meetingDetails(MeetingRecord m) {
        return new MeetingDetails(m.meetingDate(), m.startsAt(), m.endsAt(), m.location(), agenda(m.id()), m.minutes(),
                decisions(m.id()), m.cancelled());
    }

    MeetingPage meetingPage(long id) {
        var meeting = records.meeting(id).orElseThrow(RecordNotFoundException::new);
        var committee = records.committee(meeting.committeeId()).orElseThrow();
        return new MeetingPage(meeting, committee, agenda(id), decisions(id), attendance.lines(meeting));
    }

    /**
     * Meetings from today on that have not been cancelled, soonest first: those of the committees
     * the person is a member of on the meeting day, or every committee's when {@code personId} is null.
     */
    List<UpcomingMeeting> upcomingMeetings(Long personId, int limit) {
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
                .param("today", records.today()).param("person", personId).param("limit", limit)
                .query((rs, i) -> new UpcomingMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getString(6)))
                .list();
    }

    /** Meetings, newest first, optionally of one committee and in one reporting year. */
    List<MeetingRow> meetingRows(Long committeeId, ReportingYear year, int offset, int limit) {
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

    PageOf<MeetingRow> meetingsPage(Long committeeId, ReportingYear year, int page, int size) {
        long total = jdbc.sql("""
                SELECT count(*) FROM meeting m
                WHERE (CAST(:committee AS BIGINT) IS NULL OR m.committee_id = :committee)
                  AND (CAST(:start AS DATE) IS NULL OR m.meeting_date BETWEEN :start AND :end)""")
                .param("committee", committeeId)
                .param("start", year == null ? null : year.start())
                .param("end", year == null ? null : year.end())
                .query(Long.class).single();
        int shown = PageOf.within(page, total, size);
        return new PageOf<>(meetingRows(committeeId, year, PageOf.offset(shown, size), size), shown, size, total);
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

    private static void checkTimes(MeetingDetails d) {
        if (d.date() == null || d.startsAt() == null || d.endsAt() == null) throw new IllegalArgumentException("Date and times are needed");
        if (!d.endsAt().isAfter(d.startsAt())) throw new IllegalArgumentException("The end time must be after the start time");
    }

    private static String describe(MeetingDetails d) {
        return "date=" + d.date() + "; time=" + d.startsAt() + "-" + d.endsAt() + "; location=" + d.location()
                + "; cancelled=" + d.cancelled() + "; agenda=" + String.join(" | ", d.agenda())
                + "; decisions=" + String.join(" | ", d.decisions())
                + "; minutes=" + (d.minutes() == null ? 0 : d.minutes().length()) + " characters";
    }
}
