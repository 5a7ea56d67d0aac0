package app.lantern.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.partnership.AttendanceFacts.CommitteeAttendance;
import app.lantern.partnership.AttendanceFacts.CountedMeeting;
import app.lantern.partnership.AttendanceFacts.OrganisationAttendance;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    AttendanceService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<FigureBlock> factsFor(ReportingYear year) {
        return List.of(attendanceFor(year).block());
    }

    /** Every committee's attendance, and every organisation's across committees, in the year. */
    public AttendanceFacts attendanceFor(ReportingYear year) {
        var meetings = jdbc.sql("SELECT id, committee_id, meeting_date, cancelled FROM meeting WHERE meeting_date BETWEEN ? AND ?")
                .params(year.start(), year.end())
                .query((rs, n) -> new AttendanceRates.Meeting(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)))
                .list();
        var memberships = jdbc.sql("""
                SELECT id, committee_id, organisation_id, start_date, end_date FROM committee_member
                WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)""")
                .params(year.end(), year.start())
                .query((rs, n) -> new AttendanceRates.Membership(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
        var marks = jdbc.sql("""
                SELECT a.meeting, a.member_id, a.status FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting
                WHERE m.meeting_date BETWEEN ? AND ?""")
                .params(year.start(), year.end())
                .query((rs, n) -> new AttendanceRates.Mark(rs.getLong(1), rs.getLong(2), AttendanceStatus.valueOf(rs.getString(3))))
                .list();
        var result = AttendanceRates.compute(year, meetings, memberships, marks);

        Map<Long, String> organisationNames = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name FROM organisation").query((rs, n) -> organisationNames.put(rs.getLong(1), rs.getString(2))).list();
        Map<Long, Object[]> committees = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name, kind FROM committee")
                .query((rs, n) -> committees.put(rs.getLong(1), new Object[]{rs.getString(2), CommitteeKind.valueOf(rs.getString(3))}))
                .list();

        var committeeFacts = new ArrayList<CommitteeAttendance>();
        for (var tally : result.committees()) {
            var info = committees.get(tally.committeeId());
            committeeFacts.add(new CommitteeAttendance(tally.committeeId(), (String) info[0], (CommitteeKind) info[1],
                    tally.meetingsCounted(), tally.members(), organisations(tally.organisations(), organisationNames)));
        }
        committeeFacts.sort(Comparator.comparing(CommitteeAttendance::kind)
                .thenComparing(c -> c.committeeName().toLowerCase(Locale.ROOT)));
        var counted = result.counted().stream()
                .map(m -> new CountedMeeting(m.id(), (String) committees.get(m.committeeId())[0], m.date()))
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
        jdbc.sql("SELECT DISTINCT meeting_date FROM meeting").query(LocalDate.class).list()
                .forEach(d -> years.add(ReportingYear.containing(d)));
        return List.copyOf(years);
    }

    /** The year the attendance page opens on: the one every page opens on. */
    public ReportingYear defaultYear() {
        return ReportingYear.current(clock);
    }
}
