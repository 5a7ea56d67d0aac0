package app.lantern.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.partnership.AttendanceFacts.CommitteeAttendance;
import app.lantern.partnership.AttendanceFacts.CountedMeeting;
import app.lantern.partnership.AttendanceFacts.OrganisationAttendance;
import app.lantern.partnership.CommitteeViews.CommitteeRecord;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/**
 * Attendance rates per committee and organisation for a reporting year: the attendance page's
 * figures and the partnership's block in the yearly report. The rules are in {@link AttendanceRates};
 * this reads the records they need.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService implements YearlyFacts {

    private final MeetingStore meetings;
    private final CommitteeStore committees;
    private final AttendanceStore attendance;
    private final OrganisationNameQuery names;
    private final Clock clock;

    AttendanceService(MeetingStore meetings, CommitteeStore committees, AttendanceStore attendance,
            OrganisationNameQuery organisations, Clock clock) {
        this.meetings = meetings;
        this.committees = committees;
        this.attendance = attendance;
        this.names = organisations;
        this.clock = clock;
    }

    @Override
    public List<FigureBlock> factsFor(ReportingYear year) {
        return List.of(attendanceFor(year).block());
    }

    /** Every committee's attendance, and every organisation's across committees, in the year. */
    public AttendanceFacts attendanceFor(ReportingYear year) {
        var result = AttendanceRates.compute(year, meetings.meetingsDuring(year), committees.membershipsDuring(year),
                attendance.marksDuring(year));
        Map<Long, String> organisationNames = names.allNames();
        Map<Long, CommitteeRecord> committeesById = committees.allCommittees().stream()
                .collect(Collectors.toMap(CommitteeRecord::id, Function.identity()));

        var committeeFacts = new ArrayList<CommitteeAttendance>();
        for (var tally : result.committees()) {
            var committee = committeesById.get(tally.committeeId());
            committeeFacts.add(new CommitteeAttendance(tally.committeeId(), committee.name(), committee.kind(),
                    tally.meetingsCounted(), tally.members(), organisations(tally.organisations(), organisationNames)));
        }
        committeeFacts.sort(Comparator.comparing(CommitteeAttendance::kind)
                .thenComparing(c -> c.committeeName().toLowerCase(Locale.ROOT)));
        var counted = result.counted().stream()
                .map(m -> new CountedMeeting(m.id(), committeesById.get(m.committeeId()).name(), m.date()))
                .toList();
        return new AttendanceFacts(year, List.copyOf(committeeFacts), organisations(result.organisations(), organisationNames),
                counted, result.attendedBy());
    }

    private static List<OrganisationAttendance> organisations(Map<Long, Rate> rates, Map<Long, String> names) {
        return rates.entrySet().stream()
                .map(e -> new OrganisationAttendance(e.getKey(), names.getOrDefault(e.getKey(), "Unknown organisation"), e.getValue()))
                .sorted(Comparator.comparing((OrganisationAttendance o) -> o.organisationName().toLowerCase(Locale.ROOT))
                        .thenComparing(OrganisationAttendance::organisationId))
                .toList();
    }

    /** Reporting years that have meetings, newest first. */
    public List<ReportingYear> yearsWithMeetings() {
        var years = new TreeSet<ReportingYear>(Comparator.reverseOrder());
        meetings.meetingDays().forEach(d -> years.add(ReportingYear.containing(d)));
        return List.copyOf(years);
    }

    /** The year the attendance page opens on: the one every page opens on. */
    public ReportingYear defaultYear() {
        return ReportingYear.current(clock);
    }
}
