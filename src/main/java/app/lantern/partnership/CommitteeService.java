package app.lantern.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.identity.PersonSummary;
import app.lantern.partnership.CommitteeViews.CommitteePage;
import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.partnership.CommitteeViews.CommitteeRow;
import app.lantern.partnership.CommitteeViews.MeetingRow;
import app.lantern.partnership.CommitteeViews.MemberRecord;
import app.lantern.shared.RecordNotFoundException;

/**
 * Committees and their members: setting them up, and the lists and pages that show them. It is
 * also the partnership's way in for other modules (demo data), so it hands meetings and attendance
 * on to {@link MeetingService} and {@link AttendanceRegister}, which decide them.
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
    private final CommitteeRecords records;
    private final CommitteeAccess access;
    private final MeetingService meetings;
    private final AttendanceRegister attendance;
    private final ActivityLog activityLog;
    private final People people;

    CommitteeService(JdbcClient jdbc, CommitteeRecords records, CommitteeAccess access, MeetingService meetings,
            AttendanceRegister attendance, ActivityLog activityLog, People people) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.meetings = meetings;
        this.attendance = attendance;
        this.activityLog = activityLog;
        this.people = people;
    }

    @Transactional
    public long create(CommitteeDetails details, CurrentPerson who) {
        access.checkManages(who, "add a committee");
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
                records.committee(id).orElseThrow().describe());
        return id;
    }

    @Transactional
    public void update(long id, long version, CommitteeDetails details, CurrentPerson who) {
        access.checkManages(who, "change committee " + id);
        var before = records.committee(id).orElseThrow(RecordNotFoundException::new);
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
                before.describe(), records.committee(id).orElseThrow().describe());
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
            var parent = records.committee(current);
            if (parent.isEmpty()) throw new IllegalArgumentException("Select a committee from the list");
            current = parent.get().parentId();
        }
    }

    @Transactional
    public long addMember(long committeeId, MembershipDetails details, CurrentPerson who) {
        access.checkManages(who, "add a member to committee " + committeeId);
        var committee = records.committee(committeeId).orElseThrow(RecordNotFoundException::new);
        var person = people.find(details.personId()).filter(PersonSummary::active)
                .orElseThrow(() -> new IllegalArgumentException("Select a person from the list"));
        Long organisationId = details.organisationId() != null ? details.organisationId() : person.organisationId();
        if (organisationId == null || !records.organisationNames().containsKey(organisationId)) {
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
                records.member(committeeId, id).orElseThrow().describe());
        return id;
    }

    /** Ends a membership on the given day (its last day); the member's past attendance is kept. */
    @Transactional
    public void endMembership(long committeeId, long memberId, LocalDate lastDay, CurrentPerson who) {
        access.checkManages(who, "end a membership of committee " + committeeId);
        var committee = records.committee(committeeId).orElseThrow(RecordNotFoundException::new);
        var before = records.member(committeeId, memberId).orElseThrow(RecordNotFoundException::new);
        LocalDate end = lastDay.isBefore(before.startDate()) ? before.startDate() : lastDay;
        if (before.endDate() != null && !before.endDate().isAfter(end)) return;
        jdbc.sql("UPDATE committee_member SET end_date = ? WHERE id = ?").params(end, memberId).update();
        var person = people.find(before.personId()).map(PersonSummary::fullName).orElse("a member");
        activityLog.recordChange(ActivityAction.CHANGED, "Committee", committeeId,
                "Ended " + person + "'s membership of " + committee.name(), before.describe(),
                records.member(committeeId, memberId).orElseThrow().describe());
    }

    /** Schedules a meeting of a committee; {@link MeetingService} decides it. */
    @Transactional
    public long scheduleMeeting(long committeeId, MeetingDetails details, CurrentPerson who) {
        return meetings.scheduleMeeting(committeeId, details, who);
    }

    /** Records who attended a meeting, replacing what was recorded; {@link AttendanceRegister} decides it. */
    @Transactional
    public void recordAttendance(long meetingId, List<AttendanceEntry> entries, CurrentPerson who) {
        attendance.recordAttendance(meetingId, entries, who);
    }

    /** Every committee with its kind, chair, current member count and next meeting; executive first. */
    List<CommitteeRow> committeeRows() {
        LocalDate today = records.today();
        var committees = records.allCommittees();
        var members = jdbc.sql("SELECT * FROM committee_member").query(MemberRecord.class).list();
        var chairIds = members.stream().filter(m -> m.role() == MemberRole.CHAIR)
                .map(MemberRecord::personId).collect(Collectors.toSet());
        var names = people.byIds(chairIds);
        Map<Long, LocalDate> next = new HashMap<>();
        jdbc.sql("SELECT committee_id, min(meeting_date) AS next FROM meeting WHERE NOT cancelled AND meeting_date >= ? GROUP BY committee_id")
                .param(today).query((rs, n) -> next.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        Map<Long, String> committeeNames = committees.stream().collect(Collectors.toMap(CommitteeRecord::id, CommitteeRecord::name));
        return committees.stream()
                .sorted(Comparator.comparing(CommitteeRecord::kind).thenComparing(c -> c.name().toLowerCase(Locale.ROOT)))
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
        var committee = records.committee(id).orElseThrow(RecordNotFoundException::new);
        String parentName = committee.parentId() == null ? null
                : records.committee(committee.parentId()).map(CommitteeRecord::name).orElse(null);
        var all = meetings.meetingRows(id, null, 0, Integer.MAX_VALUE);
        LocalDate today = records.today();
        var upcoming = all.stream().filter(m -> !m.date().isBefore(today)).sorted(Comparator.comparing(MeetingRow::date)).toList();
        var past = all.stream().filter(m -> m.date().isBefore(today)).toList();
        return new CommitteePage(committee, parentName, records.memberViews(id), upcoming, past);
    }

    /** Who sits on which committee for an organisation today, by committee name. */
    List<CommitteeViews.Seat> seatsOf(long organisationId) {
        var rows = jdbc.sql("""
                SELECT c.id, c.name, cm.person_id, cm.role
                FROM committee_member cm JOIN committee c ON c.id = cm.committee_id
                WHERE cm.organisation_id = :org AND cm.start_date <= :today AND (cm.end_date IS NULL OR cm.end_date >= :today)
                ORDER BY lower(c.name), cm.role""")
                .param("org", organisationId).param("today", records.today())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), MemberRole.valueOf(rs.getString(4))})
                .list();
        var names = people.byIds(rows.stream().map(r -> (Long) r[2]).toList());
        return rows.stream().map(r -> new CommitteeViews.Seat((Long) r[0], (String) r[1],
                names.containsKey((Long) r[2]) ? names.get((Long) r[2]).fullName() : "Unknown person", (MemberRole) r[3])).toList();
    }

    private static CommitteeDetails clean(CommitteeDetails d) {
        if (d.name() == null || d.name().isBlank() || d.kind() == null || d.purpose() == null || d.purpose().isBlank()
                || d.startDate() == null) {
            throw new IllegalArgumentException("Name, kind, purpose and start date are needed");
        }
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new IllegalArgumentException("The end date must be the same as or after the start date");
        }
        return new CommitteeDetails(CommitteeRecords.clean(d.name()), d.kind(), CommitteeRecords.clean(d.purpose()), d.parentId(),
                CommitteeRecords.blankToNull(d.sharedWith()), d.startDate(), d.endDate());
    }
}
