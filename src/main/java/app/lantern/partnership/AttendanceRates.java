package app.lantern.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import app.lantern.shared.ReportingYear;

/**
 * The rules for attendance rates in a reporting year, kept free of the database so they can be
 * read and tested on their own:
 * <ul>
 * <li>a meeting counts if it falls in the reporting year (1 April to 31 March), was not
 * cancelled, and has attendance recorded (at least one mark);</li>
 * <li>an organisation is expected at a counted meeting if at least one of its members'
 * memberships covered the meeting date;</li>
 * <li>it attended if any of its expected members was present or sent a deputy;</li>
 * <li>its rate is attended meetings / expected meetings;</li>
 * <li>the committee's own rate is member-attendances (present or deputy) / expected
 * member-attendances; an expected member with no mark counts as not attending.</li>
 * </ul>
 * Across committees, an organisation's rate adds up its expected and attended meetings in every
 * committee.
 */
final class AttendanceRates {

    record Meeting(long id, long committeeId, LocalDate date, boolean cancelled) {
    }

    record Membership(long id, long committeeId, long organisationId, LocalDate start, LocalDate end) {
        boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    record Mark(long meetingId, long memberId, AttendanceStatus status) {
    }

    /** One committee's figures: counted meetings, its own rate, and each organisation's rate. */
    record CommitteeTally(long committeeId, int meetingsCounted, Rate members, Map<Long, Rate> organisations) {
    }

    /**
     * @param counted    the meetings that count, by date
     * @param attendedBy for each organisation, the counted meetings it attended, by date
     */
    record Result(List<CommitteeTally> committees, Map<Long, Rate> organisations, List<Meeting> counted,
            Map<Long, List<Long>> attendedBy) {
    }

    private AttendanceRates() {
    }

    static Result compute(ReportingYear year, Collection<Meeting> meetings, Collection<Membership> memberships,
            Collection<Mark> marks) {
        Map<Long, Map<Long, AttendanceStatus>> marksByMeeting = new HashMap<>();
        for (Mark m : marks) marksByMeeting.computeIfAbsent(m.meetingId(), k -> new HashMap<>()).put(m.memberId(), m.status());
        Map<Long, List<Membership>> membersByCommittee = new HashMap<>();
        for (Membership m : memberships) membersByCommittee.computeIfAbsent(m.committeeId(), k -> new ArrayList<>()).add(m);

        Map<Long, int[]> committeeMeetings = new TreeMap<>();
        Map<Long, Rate> committeeMembers = new HashMap<>();
        Map<Long, Map<Long, Rate>> committeeOrganisations = new HashMap<>();
        Map<Long, List<Long>> attendedBy = new HashMap<>();

        var counted = meetings.stream()
                .filter(m -> year.contains(m.date()) && !m.cancelled() && marksByMeeting.containsKey(m.id()))
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
                .toList();
        for (Meeting meeting : counted) {
            var statuses = marksByMeeting.get(meeting.id());
            committeeMeetings.computeIfAbsent(meeting.committeeId(), k -> new int[1])[0]++;
            Set<Long> expectedOrgs = new HashSet<>();
            Set<Long> attendedOrgs = new HashSet<>();
            int expectedMembers = 0;
            int attendedMembers = 0;
            for (Membership member : membersByCommittee.getOrDefault(meeting.committeeId(), List.of())) {
                if (!member.covers(meeting.date())) continue;
                expectedMembers++;
                expectedOrgs.add(member.organisationId());
                AttendanceStatus status = statuses.get(member.id());
                if (status != null && status.attended()) {
                    attendedMembers++;
                    attendedOrgs.add(member.organisationId());
                }
            }
            committeeMembers.merge(meeting.committeeId(), new Rate(attendedMembers, expectedMembers), Rate::plus);
            var orgRates = committeeOrganisations.computeIfAbsent(meeting.committeeId(), k -> new HashMap<>());
            for (Long org : expectedOrgs) {
                orgRates.merge(org, new Rate(attendedOrgs.contains(org) ? 1 : 0, 1), Rate::plus);
            }
            for (Long org : attendedOrgs) attendedBy.computeIfAbsent(org, k -> new ArrayList<>()).add(meeting.id());
        }

        var committees = new ArrayList<CommitteeTally>();
        Map<Long, Rate> acrossCommittees = new LinkedHashMap<>();
        committeeMeetings.forEach((committeeId, count) -> {
            var orgRates = committeeOrganisations.getOrDefault(committeeId, Map.of());
            committees.add(new CommitteeTally(committeeId, count[0], committeeMembers.get(committeeId), Map.copyOf(orgRates)));
            orgRates.forEach((org, rate) -> acrossCommittees.merge(org, rate, Rate::plus));
        });
        Map<Long, List<Long>> attended = new HashMap<>();
        attendedBy.forEach((org, ids) -> attended.put(org, List.copyOf(ids)));
        return new Result(List.copyOf(committees), Map.copyOf(acrossCommittees), counted, Map.copyOf(attended));
    }
}
