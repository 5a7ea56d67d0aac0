package app.lantern.partnership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;

/**
 * Committee attendance in a reporting year, as the attendance page and the yearly report print it
 * ("Eastmere Police — 100%"). Read-only; computed by {@link AttendanceService#attendanceFor}.
 *
 * @param committees    committees with at least one counted meeting, executive first, then by name
 * @param organisations each organisation's rate across all committees, by name
 * @param meetings      the meetings counted, by date: in the year, not cancelled, attendance recorded
 * @param attendedBy    for each organisation, the counted meetings it attended, by date (its rate's numerator)
 */
public record AttendanceFacts(ReportingYear year, List<CommitteeAttendance> committees,
        List<OrganisationAttendance> organisations, List<CountedMeeting> meetings, Map<Long, List<Long>> attendedBy) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param meetingsCounted meetings in the year, not cancelled, with attendance recorded
     * @param members         the committee's own rate: member-attendances / expected member-attendances
     * @param organisations   each expected organisation's rate, by name
     */
    public record CommitteeAttendance(long committeeId, String committeeName, CommitteeKind kind, int meetingsCounted,
            Rate members, List<OrganisationAttendance> organisations) {
    }

    /** An organisation's rate: meetings attended / meetings at which it was expected. */
    public record OrganisationAttendance(long organisationId, String organisationName, Rate rate) {

        /** "Eastmere Police — 100%". */
        public String line() {
            return organisationName + " — " + rate.label();
        }
    }

    /** A meeting that counts, as the yearly report links to it. */
    public record CountedMeeting(long meetingId, String committeeName, LocalDate date) {

        RecordLink link() {
            return new RecordLink(committeeName + ", " + DAY.format(date), "/meetings/" + meetingId);
        }
    }

    /**
     * The yearly report's "Attendance" block: how many meetings count, then each organisation's
     * rate across committees, each linking to the meetings it counts (for a rate, those attended).
     */
    FigureBlock block() {
        Map<Long, CountedMeeting> byId = meetings.stream().collect(Collectors.toMap(CountedMeeting::meetingId, Function.identity()));
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("attendance.meetings", "Committee meetings that went ahead with attendance recorded",
                meetings.stream().map(CountedMeeting::link).toList()));
        for (var o : organisations) {
            figures.add(Figure.percent("attendance.organisation." + o.organisationId(),
                    o.organisationName() + ": meetings attended of those it was expected at", o.rate().percent(),
                    attendedBy.getOrDefault(o.organisationId(), List.of()).stream().map(id -> byId.get(id).link()).toList()));
        }
        return new FigureBlock("Attendance", year, figures);
    }
}
