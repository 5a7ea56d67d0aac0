package app.lantern.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.shared.Role;
import app.lantern.partnership.CommitteeViews.AttendanceLine;
import app.lantern.partnership.CommitteeViews.CommitteePage;
import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.partnership.CommitteeViews.CommitteeRow;
import app.lantern.partnership.CommitteeViews.MeetingPage;
import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.partnership.CommitteeViews.MeetingRow;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.partnership.CommitteeViews.MemberView;
import app.lantern.shared.PageOf;
import app.lantern.shared.ReportingYear;

/**
 * Committees, their members, meetings and attendance: one method per thing a person does.
 * Who may do it is decided here as well as on the handlers, so every way in is guarded: the
 * business unit and administrators run every committee; a committee chair runs the meetings of
 * the committees they chair, and no others.
 * <p>
 * Plain SQL rather than Spring Data JDBC aggregates: attendance refers to memberships by id, and
 * an aggregate save would delete and re-insert a committee's members, breaking those references.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

    /** A committee name already used by another committee (names are unique regardless of case). */
    public static final class DuplicateName extends RuntimeException {
        DuplicateName() {
            super("A committee with this name already exists");
        }
    }

    private final JdbcClient jdbc;
    private final ActivityLog activityLog;
    private final People people;
    private final Clock clock;

    CommitteeService(JdbcClient jdbc, ActivityLog activityLog, People people, Clock clock) {
        this.jdbc = jdbc;
        this.activityLog = activityLog;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Meetings from today on that have not been cancelled, soonest first: those of the committees
     * the person is a member of on the meeting day, or every committee's when {@code personId} is null.
     */
    public List<UpcomingMeeting> upcomingMeetings(Long personId, int limit) {
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
                .param("today", LocalDate.now(clock)).param("person", personId).param("limit", limit)
                .query((rs, i) -> new UpcomingMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, java.time.LocalTime.class), rs.getString(6)))
                .list();
    }

    /**
     * Past meetings that went ahead but have no attendance recorded, oldest first: for the business
     * unit every committee's, for a chair those of the committees they chair today.
     */
    public List<UpcomingMeeting> meetingsAwaitingAttendance(CurrentPerson who, int limit) {
        if (!who.runsPartnership() && !who.has(Role.COMMITTEE_CHAIR)) return List.of();
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
                .param("today", today()).param("everyCommittee", who.runsPartnership()).param("person", who.id())
                .param("limit", limit)
                .query((rs, i) -> new UpcomingMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, java.time.LocalTime.class), rs.getString(6)))
                .list();
    }

    /** Who sits on which committee for an organisation today, by committee name. */
    List<CommitteeViews.Seat> seatsOf(long organisationId) {
        var rows = jdbc.sql("""
                SELECT c.id, c.name, cm.person_id, cm.role
                FROM committee_member cm JOIN committee c ON c.id = cm.committee_id
                WHERE cm.organisation_id = :org AND cm.start_date <= :today AND (cm.end_date IS NULL OR cm.end_date >= :today)
                ORDER BY lower(c.name), cm.role""")
                .param("org", organisationId).param("today", today())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), MemberRole.valueOf(rs.getString(4))})
                .list();
        var names = people.byIds(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream().map(r -> new CommitteeViews.Seat((Long) r[0], (String) r[1],
                names.containsKey((Long) r[2]) ? names.get((Long) r[2]).fullName() : "Unknown person", (MemberRole) r[3])).toList();
    }

    // ---- access -------------------------------------------------------------------------------

    /** Setting up committees and memberships is the business unit's job. */
    public void checkMayManageCommittees(CurrentPerson who) {
        if (!who.runsPartnership()) throw new AccessDeniedException("Only the business unit may change committees");
    }

    /** The business unit, or a chair of this committee, runs its meetings and records attendance. */
    public void checkMayRunMeetings(CurrentPerson who, long committeeId) {
        if (who.runsPartnership()) return;
        if (who.has(Role.COMMITTEE_CHAIR) && chairs(who.id(), committeeId)) return;
        throw new AccessDeniedException("Only the business unit or this committee's chair may do this");
    }

    /** Whether the person may run this committee's meetings, to show or hide the buttons. */
    public boolean mayRunMeetings(CurrentPerson who, long committeeId) {
        return who.runsPartnership() || (who.has(Role.COMMITTEE_CHAIR) && chairs(who.id(), committeeId));
    }

    private boolean chairs(long personId, long committeeId) {
        return jdbc.sql("""
                SELECT count(*) FROM committee_member
                WHERE committee_id = ? AND person_id = ? AND role = 'CHAIR' AND start_date <= ?
                  AND (end_date IS NULL OR end_date >= ?)""")
                .params(committeeId, personId, today(), today()).query(Long.class).single() > 0;
    }

    // ---- committees ---------------------------------------------------------------------------

    @Transactional
    public long create(CommitteeDetails details, CurrentPerson who) {
        checkMayManageCommittees(who);
        var clean = clean(details);
        if (nameTaken(clean.name(), null)) throw new DuplicateName();
        checkParent(null, clean.parentId());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO committee (name, kind, purpose, parent_id, shared_with, start_date, end_date)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(clean.name(), clean.kind().name(), clean.purpose(), clean.parentId(), clean.sharedWith(),
                        clean.startDate(), clean.endDate())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        activityLog.recordChange(ActivityAction.CREATED, "Committee", id, "Added committee " + clean.name(), null,
                committee(id).orElseThrow().describe());
        return id;
    }

    @Transactional
    public void update(long id, long version, CommitteeDetails details, CurrentPerson who) {
        checkMayManageCommittees(who);
        var before = committee(id).orElseThrow(CommitteeService::notFound);
        var clean = clean(details);
        if (nameTaken(clean.name(), id)) throw new DuplicateName();
        checkParent(id, clean.parentId());
        int changed = jdbc.sql("""
                UPDATE committee SET name = ?, kind = ?, purpose = ?, parent_id = ?, shared_with = ?, start_date = ?,
                       end_date = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(clean.name(), clean.kind().name(), clean.purpose(), clean.parentId(), clean.sharedWith(),
                        clean.startDate(), clean.endDate(), id, version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Committee " + id + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Committee", id, "Changed committee " + clean.name(),
                before.describe(), committee(id).orElseThrow().describe());
    }

    public boolean nameTaken(String name, Long exceptId) {
        if (name == null) return false;
        return jdbc.sql("SELECT count(*) FROM committee WHERE lower(name) = lower(?) AND id <> ?")
                .params(name.strip(), exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** A committee cannot report to itself, directly or through its parents. */
    private void checkParent(Long id, Long parentId) {
        if (parentId == null) return;
        var seen = new HashSet<Long>();
        Long current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(id)) throw new IllegalArgumentException("A committee cannot report to itself or to a group that reports to it");
            var parent = committee(current);
            if (parent.isEmpty()) throw new IllegalArgumentException("Select a committee from the list");
            current = parent.get().parentId();
        }
    }

    Optional<CommitteeRecord> committee(long id) {
        return jdbc.sql("SELECT * FROM committee WHERE id = ?").param(id).query(CommitteeRecord.class).optional();
    }

    List<CommitteeRecord> allCommittees() {
        return jdbc.sql("SELECT * FROM committee ORDER BY lower(name)").query(CommitteeRecord.class).list();
    }

    /** Every committee with its kind, chair, current member count and next meeting; executive first. */
    List<CommitteeRow> committeeRows() {
        LocalDate today = today();
        var committees = allCommittees();
        var members = jdbc.sql("SELECT * FROM committee_member").query(MemberRecord.class).list();
        var chairIds = members.stream().filter(m -> m.role() == MemberRole.CHAIR)
                .map(MemberRecord::personId).collect(Collectors.toSet());
        var names = people.byIds(chairIds);
        Map<Long, LocalDate> next = new HashMap<>();
        jdbc.sql("SELECT committee_id, min(meeting_date) AS next FROM meeting WHERE NOT cancelled AND meeting_date >= ? GROUP BY committee_id")
                .param(today).query((rs, n) -> next.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        Map<Long, String> committeeNames = committees.stream().collect(Collectors.toMap(CommitteeRecord::id, CommitteeRecord::name));
        return committees.stream()
                .sorted(java.util.Comparator.comparing(CommitteeRecord::kind).thenComparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)))
                .map(c -> {
                    // A closed group is shown as it was on its last day.
                    LocalDate asOf = c.endedBy(today) ? c.endDate() : today;
                    var current = members.stream().filter(m -> m.committeeId() == c.id() && m.covers(asOf)).toList();
                    String chair = current.stream().filter(m -> m.role() == MemberRole.CHAIR)
                            .map(m -> Optional.ofNullable(names.get(m.personId())).map(PersonSummary::fullName).orElse("Unknown"))
                            .findFirst().orElse(null);
                    return new CommitteeRow(c.id(), c.name(), c.kind(), c.parentId() == null ? null : committeeNames.get(c.parentId()),
                            chair, current.size(), next.get(c.id()), c.endedBy(today));
                }).toList();
    }

    CommitteePage committeePage(long id) {
        var committee = committee(id).orElseThrow(CommitteeService::notFound);
        String parentName = committee.parentId() == null ? null : committee(committee.parentId()).map(CommitteeRecord::name).orElse(null);
        var meetings = meetingRows(id, null, 0, Integer.MAX_VALUE);
        LocalDate today = today();
        var upcoming = meetings.stream().filter(m -> !m.date().isBefore(today))
                .sorted(java.util.Comparator.comparing(MeetingRow::date)).toList();
        var past = meetings.stream().filter(m -> m.date().isBefore(today)).toList();
        return new CommitteePage(committee, parentName, memberViews(id), upcoming, past);
    }

    List<MemberView> memberViews(long committeeId) {
        LocalDate today = today();
        var members = jdbc.sql("SELECT * FROM committee_member WHERE committee_id = ? ORDER BY id").param(committeeId)
                .query(MemberRecord.class).list();
        var persons = people.byIds(members.stream().map(MemberRecord::personId).toList());
        var orgNames = organisationNames();
        return members.stream().map(m -> {
            var p = persons.get(m.personId());
            return new MemberView(m.id(), m.personId(), p == null ? "Unknown person" : p.fullName(), p == null ? null : p.jobTitle(),
                    m.organisationId(), orgNames.getOrDefault(m.organisationId(), "Unknown organisation"), m.role(),
                    m.startDate(), m.endDate(), m.endDate() == null || m.endDate().isAfter(today));
        }).sorted(java.util.Comparator.comparing(MemberView::role).thenComparing(MemberView::personName)).toList();
    }

    Map<Long, String> organisationNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM organisation").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** Active organisations to choose from, by name. */
    List<Map.Entry<Long, String>> organisationChoices() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE active ORDER BY lower(name)")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    // ---- members ------------------------------------------------------------------------------

    @Transactional
    public long addMember(long committeeId, MembershipDetails details, CurrentPerson who) {
        checkMayManageCommittees(who);
        var committee = committee(committeeId).orElseThrow(CommitteeService::notFound);
        var person = people.find(details.personId()).filter(PersonSummary::active)
                .orElseThrow(() -> new IllegalArgumentException("Select a person from the list"));
        Long organisationId = details.organisationId() != null ? details.organisationId() : person.organisationId();
        if (organisationId == null || !organisationNames().containsKey(organisationId)) {
            throw new IllegalArgumentException("Select the organisation they represent");
        }
        if (details.role() == null || details.startDate() == null) throw new IllegalArgumentException("Role and start date are needed");
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new IllegalArgumentException("The end date must be the same as or after the start date");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO committee_member (committee_id, person_id, organisation_id, role, start_date, end_date)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(committeeId, person.id(), organisationId, details.role().name(), details.startDate(), details.endDate())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        activityLog.recordChange(ActivityAction.CREATED, "Committee", committeeId,
                "Added " + person.fullName() + " to " + committee.name() + " as " + details.role().label(), null,
                member(committeeId, id).orElseThrow().describe());
        return id;
    }

    /** Ends a membership on the given day (its last day); the member's past attendance is kept. */
    @Transactional
    public void endMembership(long committeeId, long memberId, LocalDate lastDay, CurrentPerson who) {
        checkMayManageCommittees(who);
        var committee = committee(committeeId).orElseThrow(CommitteeService::notFound);
        var before = member(committeeId, memberId).orElseThrow(CommitteeService::notFound);
        LocalDate end = lastDay.isBefore(before.startDate()) ? before.startDate() : lastDay;
        if (before.endDate() != null && !before.endDate().isAfter(end)) return;
        jdbc.sql("UPDATE committee_member SET end_date = ? WHERE id = ?").params(end, memberId).update();
        var person = people.find(before.personId()).map(PersonSummary::fullName).orElse("a member");
        activityLog.recordChange(ActivityAction.CHANGED, "Committee", committeeId,
                "Ended " + person + "'s membership of " + committee.name(), before.describe(),
                member(committeeId, memberId).orElseThrow().describe());
    }

    Optional<MemberRecord> member(long committeeId, long memberId) {
        return jdbc.sql("SELECT * FROM committee_member WHERE id = ? AND committee_id = ?").params(memberId, committeeId)
                .query(MemberRecord.class).optional();
    }

    // ---- meetings -----------------------------------------------------------------------------

    @Transactional
    public long scheduleMeeting(long committeeId, MeetingDetails details, CurrentPerson who) {
        var committee = committee(committeeId).orElseThrow(CommitteeService::notFound);
        checkMayRunMeetings(who, committeeId);
        checkTimes(details);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (committee_id, meeting_date, starts_at, ends_at, location, minutes, cancelled)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, details.date(), details.startsAt(), details.endsAt(), blankToNull(details.location()),
                        blankToNull(details.minutes()), details.cancelled())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeLists(id, details);
        activityLog.recordChange(ActivityAction.CREATED, "Meeting", id,
                "Scheduled " + committee.name() + " meeting on " + details.date(), null, describe(details));
        return id;
    }

    @Transactional
    public void updateMeeting(long meetingId, long version, MeetingDetails details, CurrentPerson who) {
        var before = meeting(meetingId).orElseThrow(CommitteeService::notFound);
        checkMayRunMeetings(who, before.committeeId());
        checkTimes(details);
        String beforeText = describe(meetingDetails(before));
        int changed = jdbc.sql("""
                UPDATE meeting SET meeting_date = ?, starts_at = ?, ends_at = ?, location = ?, minutes = ?, cancelled = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.date(), details.startsAt(), details.endsAt(), blankToNull(details.location()),
                        blankToNull(details.minutes()), details.cancelled(), meetingId, version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Meeting " + meetingId + " was changed by someone else");
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting = ?").param(meetingId).update();
        jdbc.sql("DELETE FROM meeting_decision WHERE meeting = ?").param(meetingId).update();
        writeLists(meetingId, details);
        var committee = committee(before.committeeId()).orElseThrow();
        activityLog.recordChange(ActivityAction.CHANGED, "Meeting", meetingId,
                "Changed " + committee.name() + " meeting on " + details.date(), beforeText, describe(details));
    }

    /**
     * Records who attended: one entry per member expected at the meeting (those whose membership
     * covers its date). Replaces any attendance recorded before.
     */
    @Transactional
    public void recordAttendance(long meetingId, List<AttendanceEntry> entries, CurrentPerson who) {
        recordAttendance(meetingId, meeting(meetingId).orElseThrow(CommitteeService::notFound).version(), entries, who);
    }

    /**
     * Replaces a meeting's attendance, if the meeting is still at the version the person started
     * from; otherwise nothing is written and {@link OptimisticLockingFailureException} says why.
     */
    @Transactional
    public void recordAttendance(long meetingId, long expectedVersion, List<AttendanceEntry> entries, CurrentPerson who) {
        var meeting = meeting(meetingId).orElseThrow(CommitteeService::notFound);
        checkMayRunMeetings(who, meeting.committeeId());
        var expected = expectedMembers(meeting).stream().map(MemberRecord::id).collect(Collectors.toSet());
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
                            e.status() == AttendanceStatus.DEPUTY ? clean(e.deputyName()) : null)
                    .update();
        }
        var committee = committee(meeting.committeeId()).orElseThrow();
        activityLog.recordChange(ActivityAction.CHANGED, "Meeting", meetingId,
                "Recorded attendance at " + committee.name() + " meeting on " + meeting.meetingDate(), before,
                attendanceText(meetingId));
    }

    Optional<MeetingRecord> meeting(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query(MeetingRecord.class).optional();
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

    /** Members whose membership covers the meeting date: the people expected at it. */
    List<MemberRecord> expectedMembers(MeetingRecord meeting) {
        return jdbc.sql("""
                SELECT * FROM committee_member WHERE committee_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                ORDER BY id""")
                .params(meeting.committeeId(), meeting.meetingDate(), meeting.meetingDate()).query(MemberRecord.class).list();
    }

    MeetingPage meetingPage(long id) {
        var meeting = meeting(id).orElseThrow(CommitteeService::notFound);
        var committee = committee(meeting.committeeId()).orElseThrow();
        Map<Long, String[]> marks = new HashMap<>();
        jdbc.sql("SELECT member_id, status, deputy_name FROM meeting_attendance WHERE meeting = ?").param(id)
                .query((rs, n) -> marks.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)})).list();
        var expectedIds = expectedMembers(meeting).stream().map(MemberRecord::id).collect(Collectors.toSet());
        var lines = new ArrayList<AttendanceLine>();
        for (MemberView m : memberViews(meeting.committeeId())) {
            if (!expectedIds.contains(m.id()) && !marks.containsKey(m.id())) continue;
            var mark = marks.get(m.id());
            lines.add(new AttendanceLine(m, mark == null ? null : AttendanceStatus.valueOf(mark[0]), mark == null ? null : mark[1]));
        }
        return new MeetingPage(meeting, committee, agenda(id), decisions(id), lines);
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

    // ---- helpers ------------------------------------------------------------------------------

    private void writeLists(long meetingId, MeetingDetails details) {
        int position = 0;
        for (String item : details.agenda()) {
            if (item == null || item.isBlank()) continue;
            jdbc.sql("INSERT INTO meeting_agenda_item (meeting, position, title) VALUES (?, ?, ?)")
                    .params(meetingId, position++, clean(item)).update();
        }
        position = 0;
        for (String decision : details.decisions()) {
            if (decision == null || decision.isBlank()) continue;
            jdbc.sql("INSERT INTO meeting_decision (meeting, position, text) VALUES (?, ?, ?)")
                    .params(meetingId, position++, clean(decision)).update();
        }
    }

    private static void checkTimes(MeetingDetails d) {
        if (d.date() == null || d.startsAt() == null || d.endsAt() == null) throw new IllegalArgumentException("Date and times are needed");
        if (!d.endsAt().isAfter(d.startsAt())) throw new IllegalArgumentException("The end time must be after the start time");
    }

    private String attendanceText(long meetingId) {
        return jdbc.sql("SELECT member_id, status, deputy_name FROM meeting_attendance WHERE meeting = ? ORDER BY member_id")
                .param(meetingId)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")"))
                .list().stream().collect(Collectors.joining("; "));
    }

    private static String describe(MeetingDetails d) {
        return "date=" + d.date() + "; time=" + d.startsAt() + "-" + d.endsAt() + "; location=" + d.location()
                + "; cancelled=" + d.cancelled() + "; agenda=" + String.join(" | ", d.agenda())
                + "; decisions=" + String.join(" | ", d.decisions())
                + "; minutes=" + (d.minutes() == null ? 0 : d.minutes().length()) + " characters";
    }

    private static CommitteeDetails clean(CommitteeDetails d) {
        if (d.name() == null || d.name().isBlank() || d.kind() == null || d.purpose() == null || d.purpose().isBlank()
                || d.startDate() == null) {
            throw new IllegalArgumentException("Name, kind, purpose and start date are needed");
        }
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new IllegalArgumentException("The end date must be the same as or after the start date");
        }
        return new CommitteeDetails(clean(d.name()), d.kind(), clean(d.purpose()), d.parentId(), blankToNull(d.sharedWith()),
                d.startDate(), d.endDate());
    }

    /** Trims, and drops NUL characters, which PostgreSQL cannot store in text. */
    static String clean(String s) {
        return s == null ? null : s.replace("\u0000", "").strip();
    }

    private static String blankToNull(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
