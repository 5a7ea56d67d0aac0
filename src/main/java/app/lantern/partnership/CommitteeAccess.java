package app.lantern.partnership;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.partnership.CommitteeViews.MeetingRecord;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/**
 * Who may change committees and run their meetings, decided in one place for every way in
 * (handlers, services, demo data). {@link Rule#RUNS_PARTNERSHIP} sets up committees and runs every
 * committee's meetings; a chair passes {@link Rule#RUNS_MEETINGS} but runs only the meetings of
 * the committees they chair today. Refusals are logged by {@link Access}.
 */
@Component
class CommitteeAccess {

    private final CommitteeRecords records;
    private final CommitteeStore committees;
    private final MeetingStore meetings;
    private final Access access;

    CommitteeAccess(CommitteeRecords records, CommitteeStore committees, MeetingStore meetings, Access access) {
        this.records = records;
        this.committees = committees;
        this.meetings = meetings;
        this.access = access;
    }

    /** Setting up committees and memberships is the business unit's job. */
    void checkManages(CurrentPerson who, String what) {
        if (!who.passes(Rule.RUNS_PARTNERSHIP)) throw access.refuse(what);
    }

    /** Whether the person may run this committee's meetings, to show or hide the buttons. */
    boolean mayRunMeetings(CurrentPerson who, long committeeId) {
        return who.passes(Rule.RUNS_PARTNERSHIP) || (who.passes(Rule.RUNS_MEETINGS) && records.chairs(who.id(), committeeId));
    }

    /** The committee, if the person may run its meetings; refused otherwise (not found if there is none). */
    CommitteeRecord committeeToRun(CurrentPerson who, long committeeId) {
        var committee = committees.committee(committeeId).orElseThrow(RecordNotFoundException::new);
        if (!mayRunMeetings(who, committeeId)) throw access.refuse("run the meetings of committee " + committeeId);
        return committee;
    }

    /** The meeting, if the person may run its committee's meetings; refused otherwise (not found if there is none). */
    MeetingRecord meetingToRun(CurrentPerson who, long meetingId) {
        var meeting = meetings.meeting(meetingId).orElseThrow(RecordNotFoundException::new);
        if (!mayRunMeetings(who, meeting.committeeId())) throw access.refuse("run meeting " + meetingId);
        return meeting;
    }
}
