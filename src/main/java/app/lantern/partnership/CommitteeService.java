package app.lantern.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * on to {@link MeetingService} and {@link AttendanceRegister}, which decide them. The records
 * are read and written by {@link CommitteeStore}.
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

    private final CommitteeStore store;
    private final MeetingStore meetingStore;
    private final OrganisationNameQuery organisations;
    private final CommitteeRecords records;
    private final CommitteeAccess access;
    private final MeetingService meetings;
    private final AttendanceRegister attendance;
    private final ActivityLog activityLog;
    private final People people;

    CommitteeService(CommitteeStore store, MeetingStore meetingStore, OrganisationNameQuery organisations,
            CommitteeRecords records, CommitteeAccess access, MeetingService meetings, AttendanceRegister attendance,
            ActivityLog activityLog, People people) {
        this.store = store;
        this.meetingStore = meetingStore;
        this.organisations = organisations;
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
        long id = store.insert(clean);
        activityLog.recordChange(ActivityAction.CREATED, "Committee", id, "Added committee " + clean.name(), null,
                store.committee(id).orElseThrow().describe());
        return id;
    }

    @Transactional
    public void update(long id, long version, CommitteeDetails details, CurrentPerson who) {
        access.checkManages(who, "change committee " + id);
        var before = store.committee(id).orElseThrow(RecordNotFoundException::new);
        var clean = clean(details);
        if (nameTaken(clean.name(), id)) throw new DuplicateName();
        checkParent(id, clean.parentId());
        int changed = store.update(id, version, clean);
        if (changed == 0) throw new OptimisticLockingFailureException("Committee " + id + " was changed by someone else");
        activityLog.recordChange(ActivityAction.CHANGED, "Committee", id, "Changed committee " + clean.name(),
                before.describe(), store.committee(id).orElseThrow().describe());
    }

    public boolean nameTaken(String name, Long exceptId) {
        if (name == null) return false;
        return store.nameTaken(name.strip(), exceptId);
    }

    /** A committee cannot report to itself, directly or through its parents. */
    private void checkParent(Long id, Long parentId) {
        if (parentId == null) return;
        var seen = new HashSet<Long>();
        Long current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(id)) throw new IllegalArgumentException("A committee cannot report to itself or to a group that reports to it");
            var parent = store.committee(current);
            if (parent.isEmpty()) throw new IllegalArgumentException("Select a committee from the list");
            current = parent.get().parentId();
        }
    }

    @Transactional
    public long addMember(long committeeId, MembershipDetails details, CurrentPerson who) {
        access.checkManages(who, "add a member to committee " + committeeId);
        var committee = store.committee(committeeId).orElseThrow(RecordNotFoundException::new);
        var person = people.find(details.personId()).filter(PersonSummary::active)
                .orElseThrow(() -> new IllegalArgumentException("Select a person from the list"));
        Long organisationId = details.organisationId() != null ? details.organisationId() : person.organisationId();
        if (organisationId == null || organisations.nameOf(organisationId).isEmpty()) {
            throw new IllegalArgumentException("Select the organisation they represent");
        }
        if (details.role() == null || details.startDate() == null) throw new IllegalArgumentException("Role and start date are needed");
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new IllegalArgumentException("The end date must be the same as or after the start date");
        }
        long id = store.insertMember(committeeId, person.id(), organisationId, details.role(), details.startDate(),
                details.endDate());
        activityLog.recordChange(ActivityAction.CREATED, "Committee", committeeId,
                "Added " + person.fullName() + " to " + committee.name() + " as " + details.role().label(), null,
                store.member(committeeId, id).orElseThrow().describe());
        return id;
    }

    /** Ends a membership on the given day (its last day); the member's past attendance is kept. */
    @Transactional
    public void endMembership(long committeeId, long memberId, LocalDate lastDay, CurrentPerson who) {
        access.checkManages(who, "end a membership of committee " + committeeId);
        var committee = store.committee(committeeId).orElseThrow(RecordNotFoundException::new);
        var before = store.member(committeeId, memberId).orElseThrow(RecordNotFoundException::new);
        LocalDate end = lastDay.isBefore(before.startDate()) ? before.startDate() : lastDay;
        if (before.endDate() != null && !before.endDate().isAfter(end)) return;
        store.endMembership(memberId, end);
        var person = people.find(before.personId()).map(PersonSummary::fullName).orElse("a member");
        activityLog.recordChange(ActivityAction.CHANGED, "Committee", committeeId,
                "Ended " + person + "'s membership of " + committee.name(), before.describe(),
                store.member(committeeId, memberId).orElseThrow().describe());
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
        var committees = store.allCommittees();
        var members = store.allMembers();
        var chairIds = members.stream().filter(m -> m.role() == MemberRole.CHAIR)
                .map(MemberRecord::personId).collect(Collectors.toSet());
        var names = people.byIds(chairIds);
        Map<Long, LocalDate> next = meetingStore.nextMeetingDates(today);
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
        var committee = store.committee(id).orElseThrow(RecordNotFoundException::new);
        String parentName = committee.parentId() == null ? null
                : store.committee(committee.parentId()).map(CommitteeRecord::name).orElse(null);
        var all = meetings.meetingRows(id, null, 0, Integer.MAX_VALUE);
        LocalDate today = records.today();
        var upcoming = all.stream().filter(m -> !m.date().isBefore(today)).sorted(Comparator.comparing(MeetingRow::date)).toList();
        var past = all.stream().filter(m -> m.date().isBefore(today)).toList();
        return new CommitteePage(committee, parentName, records.memberViews(id), upcoming, past);
    }

    /** Who sits on which committee for an organisation today, by committee name. */
    List<CommitteeViews.Seat> seatsOf(long organisationId) {
        var rows = store.seatsOf(organisationId, records.today());
        var names = people.byIds(rows.stream().map(CommitteeStore.SeatRow::personId).toList());
        return rows.stream().map(r -> new CommitteeViews.Seat(r.committeeId(), r.committeeName(),
                names.containsKey(r.personId()) ? names.get(r.personId()).fullName() : "Unknown person", r.role())).toList();
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
