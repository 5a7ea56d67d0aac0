package app.lantern.partnership;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
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

    private final MeetingStore store;
    private final CommitteeStore committees;
    private final CommitteeRecords records;
    private final CommitteeAccess access;
    private final AttendanceRegister attendance;
    private final ActivityLog activityLog;

    MeetingService(MeetingStore store, CommitteeStore committees, CommitteeRecords records, CommitteeAccess access,
            AttendanceRegister attendance, ActivityLog activityLog) {
        this.store = store;
        this.committees = committees;
        this.records = records;
        this.access = access;
        this.attendance = attendance;
        this.activityLog = activityLog;
    }

    @Transactional
    long scheduleMeeting(long committeeId, MeetingDetails details, CurrentPerson who) {
        var committee = access.committeeToRun(who, committeeId);
        checkTimes(details);
        long id = store.insert(committeeId, details);
        activityLog.recordChange(ActivityAction.CREATED, "Meeting", id,
                "Scheduled " + committee.name() + " meeting on " + details.date(), null, describe(details));
        return id;
    }

    @Transactional
    void updateMeeting(long meetingId, long version, MeetingDetails details, CurrentPerson who) {
        var before = access.meetingToRun(who, meetingId);
        checkTimes(details);
        String beforeText = describe(meetingDetails(before));
        int changed = store.update(meetingId, version, details);
        if (changed == 0) throw new OptimisticLockingFailureException("Meeting " + meetingId + " was changed by someone else");
        var committee = committees.committee(before.committeeId()).orElseThrow();
        activityLog.recordChange(ActivityAction.CHANGED, "Meeting", meetingId,
                "Changed " + committee.name() + " meeting on " + details.date(), beforeText, describe(details));
    }

    List<String> agenda(long meetingId) {
        return store.agenda(meetingId);
    }

    List<String> decisions(long meetingId) {
        return store.decisions(meetingId);
    }

    MeetingDetails meetingDetails(MeetingRecord m) {
        return new MeetingDetails(m.meetingDate(), m.startsAt(), m.endsAt(), m.location(), agenda(m.id()), m.minutes(),
                decisions(m.id()), m.cancelled());
    }

    MeetingPage meetingPage(long id) {
        var meeting = store.meeting(id).orElseThrow(RecordNotFoundException::new);
        var committee = committees.committee(meeting.committeeId()).orElseThrow();
        return new MeetingPage(meeting, committee, agenda(id), decisions(id), attendance.lines(meeting));
    }

    /**
     * Meetings from today on that have not been cancelled, soonest first: those of the committees
     * the person is a member of on the meeting day, or every committee's when {@code personId} is null.
     */
    List<UpcomingMeeting> upcomingMeetings(Long personId, int limit) {
        return store.upcoming(records.today(), personId, limit);
    }

    /** Meetings, newest first, optionally of one committee and in one reporting year. */
    List<MeetingRow> meetingRows(Long committeeId, ReportingYear year, int offset, int limit) {
        return store.rows(committeeId, year, offset, limit);
    }

    PageOf<MeetingRow> meetingsPage(Long committeeId, ReportingYear year, int page, int size) {
        long total = store.count(committeeId, year);
        int shown = PageOf.within(page, total, size);
        return new PageOf<>(meetingRows(committeeId, year, PageOf.offset(shown, size), size), shown, size, total);
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
