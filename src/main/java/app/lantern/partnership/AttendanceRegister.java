package app.lantern.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
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

    private final AttendanceStore store;
    private final MeetingStore meetings;
    private final CommitteeStore committees;
    private final CommitteeRecords records;
    private final CommitteeAccess access;
    private final ActivityLog activityLog;

    AttendanceRegister(AttendanceStore store, MeetingStore meetings, CommitteeStore committees, CommitteeRecords records,
            CommitteeAccess access, ActivityLog activityLog) {
        this.store = store;
        this.meetings = meetings;
        this.committees = committees;
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
        recordAttendance(meetingId, meetings.meeting(meetingId).orElseThrow(RecordNotFoundException::new).version(), entries, who);
    }

    /**
     * Replaces a meeting's attendance, if the meeting is still at the version the person started
     * from; otherwise nothing is written and {@link OptimisticLockingFailureException} says why.
     */
    @Transactional
    void recordAttendance(long meetingId, long expectedVersion, List<AttendanceEntry> entries, CurrentPerson who) {
        var meeting = access.meetingToRun(who, meetingId);
        var expected = committees.expectedMembers(meeting).stream().map(MemberRecord::id).collect(Collectors.toSet());
        for (var e : entries) {
            if (!expected.contains(e.memberId())) throw new IllegalArgumentException("Member " + e.memberId() + " is not expected at this meeting");
            if (e.status() == null) throw new IllegalArgumentException("Every member needs an attendance");
            if (e.status() == AttendanceStatus.DEPUTY && (e.deputyName() == null || e.deputyName().isBlank())) {
                throw new IllegalArgumentException("Enter the deputy's name");
            }
        }
        if (meetings.claim(meetingId, expectedVersion) == 0) {
            throw new OptimisticLockingFailureException("Meeting " + meetingId + " was changed by someone else");
        }
        String before = store.describe(meetingId);
        store.replace(meetingId, entries);
        var committee = committees.committee(meeting.committeeId()).orElseThrow();
        activityLog.recordChange(ActivityAction.CHANGED, "Meeting", meetingId,
                "Recorded attendance at " + committee.name() + " meeting on " + meeting.meetingDate(), before,
                store.describe(meetingId));
    }

    /**
     * The meeting's attendance table: every member expected at it, and anyone marked at it whose
     * membership has since changed, with their mark if attendance was recorded.
     */
    List<AttendanceLine> lines(MeetingRecord meeting) {
        var marks = store.marks(meeting.id());
        var expectedIds = committees.expectedMembers(meeting).stream().map(MemberRecord::id).collect(Collectors.toSet());
        var lines = new ArrayList<AttendanceLine>();
        for (MemberView m : records.memberViews(meeting.committeeId())) {
            if (!expectedIds.contains(m.id()) && !marks.containsKey(m.id())) continue;
            var mark = marks.get(m.id());
            lines.add(new AttendanceLine(m, mark == null ? null : mark.status(), mark == null ? null : mark.deputyName()));
        }
        return lines;
    }

    /**
     * Past meetings that went ahead but have no attendance recorded, oldest first: for the business
     * unit every committee's, for a chair those of the committees they chair today.
     */
    List<UpcomingMeeting> meetingsAwaitingAttendance(CurrentPerson who, int limit) {
        if (!who.passes(Rule.RUNS_MEETINGS)) return List.of();
        return meetings.awaitingAttendance(records.today(), who.passes(Rule.RUNS_PARTNERSHIP), who.id(), limit);
    }
}
