package app.lantern.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.partnership.AttendanceEntry;
import app.lantern.partnership.AttendanceStatus;
import app.lantern.partnership.CommitteeDetails;
import app.lantern.partnership.CommitteeKind;
import app.lantern.partnership.CommitteeService;
import app.lantern.partnership.MeetingDetails;
import app.lantern.partnership.MemberRole;
import app.lantern.partnership.MembershipDetails;

/**
 * Eastmere's committee structure, like a real partnership's: an executive of the three
 * safeguarding partners, committees, a training pool, a neglect task and finish group and a
 * child death overview panel shared with neighbouring areas. Each meets every two or three months
 * from the start of the reporting year three years back to two meetings still to come, so every
 * year the demo covers has meetings with attendance; past meetings have agendas, minutes,
 * decisions and attendance drawn from a fixed seed, so every demo start looks the same. The
 * Executive meets on the second Tuesday of every other month from May.
 */
@Component
class EastmereCommittees {


    /** How likely each organisation's members are to come (or send a deputy); 0.9 if not listed. */
    private static final Map<String, Double> RELIABILITY = Map.of(
            "fire", 0.5, "housing", 0.75, "harbour-lights", 0.75, "probation", 0.8, "safe-steps", 0.8,
            "council", 0.97, "police", 0.95, "icb", 0.95);

    private final CommitteeService committees;
    private final DemoCalendar calendar;
    private final Access access;

    EastmereCommittees(CommitteeService committees, DemoCalendar calendar, Access access) {
        this.access = access;
        this.committees = committees;
        this.calendar = calendar;
    }

    /** A meeting that went ahead, for actions raised from its decisions. */
    record HeldMeeting(long id, LocalDate date) {
    }

    /** The Executive's meetings that went ahead, oldest first. */
    record Loaded(List<HeldMeeting> executiveMeetings) {
    }

    private record Seat(long memberId, String orgKey, LocalDate start, LocalDate end) {
        boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    private record Group(long id, String name, CommitteeKind kind, List<Seat> seats, LocalDate end) {
    }

    Loaded load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        var businessUnit = staff.get("business-unit");
        var actor = access.person();
        var orgKeys = new java.util.HashMap<Long, String>();
        orgs.ids().forEach((key, id) -> orgKeys.put(id, key));
        var loader = new Loader(actor, staff, orgKeys);

        var executive = loader.group("Eastmere Safeguarding Children Partnership Executive", CommitteeKind.EXECUTIVE,
                "Leads the partnership: the three safeguarding partners set the priorities, agree the budget, hold agencies to account and sign off the yearly report.",
                null, null, calendar.on(7, 9, 29), null,
                new String[][]{{"partner-lead", "CHAIR"}, {"police-lead", "VICE_CHAIR"}, {"icb-lead", "MEMBER"},
                        {"business-unit", "ADVISER"}, {"council-sw", "ADVISER"}, {"icb-designated", "ADVISER"}});
        var groups = new ArrayList<Group>();
        groups.add(executive);
        groups.add(loader.group("Case Review Committee", CommitteeKind.COMMITTEE,
                "Leads and keeps oversight of the statutory case review function: rapid reviews, child safeguarding practice reviews and the learning from them.",
                executive.id(), null, calendar.on(7, 9, 29), null,
                new String[][]{{"icb-designated", "CHAIR"}, {"council-sw", "VICE_CHAIR"}, {"police-di", "MEMBER"}, {"member", "MEMBER"},
                        {"primary-head", "MEMBER"}, {"early-years", "MEMBER"}, {"council-qa", "MEMBER"}, {"business-unit", "ADVISER"}}));
        groups.add(loader.group("Quality Assurance Committee", CommitteeKind.COMMITTEE,
                "Checks how well agencies work together: multi-agency audits, the performance scorecard and Section 11 and section 175 returns.",
                executive.id(), null, calendar.on(7, 9, 29), null,
                new String[][]{{"council-qa", "CHAIR"}, {"member", "VICE_CHAIR"}, {"community-nurse", "MEMBER"}, {"police-di", "MEMBER"},
                        {"yjs-lead", "MEMBER"}, {"probation-lead", "MEMBER"}, {"fire-lead", "MEMBER:1-12-31"}, {"college-dsl", "MEMBER"},
                        {"mh-lead", "MEMBER"}, {"lay-member", "LAY_MEMBER"}}));
        groups.add(loader.group("Contextual Safeguarding Committee", CommitteeKind.COMMITTEE,
                "Oversees the response to harm outside the home: child exploitation, missing children, serious youth violence and safe places.",
                executive.id(), null, calendar.on(6, 4, 1), null,
                new String[][]{{"chair", "CHAIR"}, {"council-eh", "VICE_CHAIR"}, {"police-ce", "MEMBER"}, {"yjs-lead", "MEMBER"},
                        {"community-nurse", "MEMBER"}, {"charity-lead", "MEMBER"}, {"housing-lead", "MEMBER"}, {"college-dsl", "MEMBER"},
                        {"da-lead", "MEMBER@1-10-01"}, {"lay-member", "LAY_MEMBER"}}));
        groups.add(loader.group("Education Committee", CommitteeKind.COMMITTEE,
                "Brings schools, colleges and early years together on safeguarding in education, including the section 175 audit.",
                executive.id(), null, calendar.on(6, 4, 1), null,
                new String[][]{{"council-edu", "CHAIR"}, {"primary-head", "VICE_CHAIR"}, {"special-head", "MEMBER"}, {"college-dsl", "MEMBER"},
                        {"agency-lead", "MEMBER"}, {"early-years", "MEMBER"}, {"business-unit", "ADVISER"}}));
        groups.add(loader.group("Training Pool", CommitteeKind.SUB_GROUP,
                "Plans and delivers the multi-agency training programme and checks its impact on practice.",
                executive.id(), null, calendar.on(6, 1, 11), null,
                new String[][]{{"trainer", "CHAIR"}, {"council-sw", "MEMBER"}, {"community-nurse", "MEMBER"}, {"vcf-coordinator", "MEMBER"},
                        {"charity-lead", "MEMBER"}, {"da-lead", "MEMBER"}, {"housing-lead", "MEMBER"}}));
        groups.add(loader.group("Neglect Task and Finish Group", CommitteeKind.TASK_AND_FINISH,
                "Refreshes the neglect strategy and the graded care profile toolkit, then closes.",
                executive.id(), null, calendar.on(1, 5, 1), calendar.on(1, 3, 31),
                new String[][]{{"council-eh", "CHAIR"}, {"icb-doctor", "MEMBER"}, {"police-di", "MEMBER"}, {"early-years", "MEMBER"},
                        {"housing-lead", "MEMBER"}, {"vcf-coordinator", "MEMBER"}, {"community-nurse", "MEMBER"}}));
        groups.add(loader.group("Child Death Overview Panel", CommitteeKind.PANEL,
                "Reviews the death of every child normally resident in the three areas, to learn what might prevent future deaths.",
                executive.id(), "Eastmere, Saltmarsh and Westport", calendar.on(7, 9, 29), null,
                new String[][]{{"cdop-chair", "CHAIR"}, {"icb-cdop", "MEMBER"}, {"ambulance-lead", "MEMBER"}, {"police-ce", "MEMBER"},
                        {"council-sw", "MEMBER"}, {"community-nurse", "MEMBER"}, {"lay-member", "LAY_MEMBER"}}));

        var random = new Random(42);
        LocalDate today = calendar.today();
        int n = 0;
        var executiveMeetings = loader.meetings(executive, n++, today, random);
        for (Group group : groups.subList(1, groups.size())) {
            loader.meetings(group, n++, today, random);
        }
        return new Loaded(executiveMeetings);
    }

    private final class Loader {
        private final CurrentPerson actor;
        private final EastmerePeople.Staff staff;
        private final Map<Long, String> orgKeys;

        Loader(CurrentPerson actor, EastmerePeople.Staff staff, Map<Long, String> orgKeys) {
            this.actor = actor;
            this.staff = staff;
            this.orgKeys = orgKeys;
        }

        /**
         * Seats are {person key, role} with an optional "@start" or ":end" date after the role,
         * written years-ago-month-day (1-10-01: 1 October in last year's reporting year).
         */
        Group group(String name, CommitteeKind kind, String purpose, Long parent, String sharedWith, LocalDate start,
                LocalDate end, String[][] seats) {
            long id = committees.create(new CommitteeDetails(name, kind, purpose, parent, sharedWith, start, end), actor);
            var list = new ArrayList<Seat>();
            LocalDate since = calendar.year(3).start();
            LocalDate memberFrom = start.isAfter(since) ? start : since;
            for (String[] seat : seats) {
                var person = staff.get(seat[0]);
                String role = seat[1];
                LocalDate from = memberFrom;
                LocalDate to = end;
                if (role.contains("@")) {
                    from = relativeDate(role.substring(role.indexOf('@') + 1));
                    role = role.substring(0, role.indexOf('@'));
                } else if (role.contains(":")) {
                    to = relativeDate(role.substring(role.indexOf(':') + 1));
                    role = role.substring(0, role.indexOf(':'));
                }
                long memberId = committees.addMember(id, new MembershipDetails(person.id(), person.organisationId(),
                        MemberRole.valueOf(role), from, to), actor);
                list.add(new Seat(memberId, orgKeys.get(person.organisationId()), from, to));
            }
            return new Group(id, name, kind, list, end);
        }

        private LocalDate relativeDate(String yearsAgoMonthDay) {
            String[] parts = yearsAgoMonthDay.split("-");
            return calendar.on(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }

        /** Schedules the group's meetings and records what happened at those past; returns those that went ahead. */
        List<HeldMeeting> meetings(Group group, int index, LocalDate today, Random random) {
            var held = new ArrayList<HeldMeeting>();
            int interval = index % 3 == 0 ? 2 : 3;
            DayOfWeek weekday = DayOfWeek.of(2 + index % 3);
            LocalTime startsAt = index % 2 == 0 ? LocalTime.of(10, 0) : LocalTime.of(14, 0);
            String location = LOCATIONS[index % LOCATIONS.length];
            LocalDate month = calendar.on(3, 5, 1).plusMonths(index % interval);
            int upcoming = 0;
            int number = 0;
            while (upcoming < 2) {
                LocalDate date = month.with(TemporalAdjusters.dayOfWeekInMonth(2, weekday));
                month = month.plusMonths(interval);
                if (group.end() != null && date.isAfter(group.end())) break;
                if (date.isBefore(group.seats().getFirst().start())) continue;
                boolean past = date.isBefore(today);
                if (!past) upcoming++;
                number++;
                boolean cancelled = group.kind() == CommitteeKind.COMMITTEE && index == 4 && number == 4;
                var agenda = agenda(group, number);
                String minutes = past && !cancelled ? minutes(group, date) : null;
                var decisions = past && !cancelled ? decisions(group, number) : List.<String>of();
                long meetingId = committees.scheduleMeeting(group.id(), new MeetingDetails(date, startsAt,
                        startsAt.plusHours(2), location, agenda, minutes, decisions, cancelled), actor);
                boolean lastPastOfTrainingPool = group.kind() == CommitteeKind.SUB_GROUP && past && !date.plusMonths(interval).isBefore(today);
                if (past && !cancelled && !lastPastOfTrainingPool) {
                    committees.recordAttendance(meetingId, attendance(group, date, random), actor);
                }
                if (past && !cancelled) held.add(new HeldMeeting(meetingId, date));
            }
            return held;
        }

        private List<AttendanceEntry> attendance(Group group, LocalDate date, Random random) {
            var entries = new ArrayList<AttendanceEntry>();
            for (Seat seat : group.seats()) {
                if (!seat.covers(date)) continue;
                double roll = random.nextDouble();
                boolean statutory = group.kind() == CommitteeKind.EXECUTIVE
                        && Set.of("council", "police", "icb").contains(seat.orgKey());
                double reliability = statutory ? 1.0 : RELIABILITY.getOrDefault(seat.orgKey(), 0.9);
                AttendanceStatus status;
                String deputy = null;
                if (roll < reliability) {
                    if (random.nextDouble() < 0.1) {
                        status = AttendanceStatus.DEPUTY;
                        deputy = DEPUTIES[random.nextInt(DEPUTIES.length)];
                    } else {
                        status = AttendanceStatus.PRESENT;
                    }
                } else {
                    status = random.nextDouble() < 0.7 ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
                }
                entries.add(new AttendanceEntry(seat.memberId(), status, deputy));
            }
            return entries;
        }

        private List<String> agenda(Group group, int number) {
            var items = new ArrayList<String>();
            items.add("Welcome, introductions and apologies");
            items.add("Minutes and actions of the last meeting");
            String[] topics = TOPICS.get(group.kind());
            items.add(topics[number % topics.length]);
            items.add(topics[(number + 1) % topics.length]);
            items.add("Risks and issues to escalate to the Executive");
            items.add("Any other business");
            return items;
        }

        private String minutes(Group group, LocalDate date) {
            return "The chair welcomed members to the " + group.name() + " meeting of "
                    + date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + ". "
                    + "The minutes of the last meeting were agreed as accurate and the action log was reviewed.\n"
                    + "Members discussed each item on the agenda and agreed the decisions recorded below. "
                    + "Open actions were carried forward to the next meeting.";
        }

        private List<String> decisions(Group group, int number) {
            String[] options = DECISIONS.get(group.kind());
            return List.of(options[number % options.length], options[(number + 2) % options.length]);
        }
    }

    private static final String[] LOCATIONS = {"Committee Room 2, Town Hall, Quay Street", "Online (Microsoft Teams)",
            "Conference Room, Police Headquarters, Harbour Road", "Boardroom, Riverside House, Mill Lane"};

    private static final String[] DEPUTIES = {"Deputy Head of Service", "Detective Inspector (deputising)",
            "Safeguarding Practitioner (deputising)", "Service Manager (deputising)"};

    private static final Map<CommitteeKind, String[]> TOPICS = Map.of(
            CommitteeKind.EXECUTIVE, new String[]{"Business plan priorities: progress report", "Budget and partner contributions",
                    "Independent scrutiny report", "Yearly report: draft for sign-off", "Escalations from the committees"},
            CommitteeKind.COMMITTEE, new String[]{"Rapid reviews and case reviews since the last meeting",
                    "Multi-agency audit findings", "Performance scorecard", "Learning briefing: draft for comment",
                    "Section 11 and section 175 returns: themes"},
            CommitteeKind.SUB_GROUP, new String[]{"Training programme: bookings and attendance", "Evaluation and impact of training",
                    "Trainers' pool: new trainers", "Learning from case reviews into training"},
            CommitteeKind.TASK_AND_FINISH, new String[]{"Neglect strategy: draft", "Graded care profile toolkit: pilot feedback",
                    "Neglect audit findings", "Launch and communications plan"},
            CommitteeKind.PANEL, new String[]{"Child deaths notified since the last meeting", "Cases for panel review",
                    "Modifiable factors: themes", "Safer sleep campaign"});

    private static final Map<CommitteeKind, String[]> DECISIONS = Map.of(
            CommitteeKind.EXECUTIVE, new String[]{"Business plan progress report agreed", "Budget for next year agreed by the three partners",
                    "Yearly report signed off for publication", "Escalation accepted: partners to report back at the next meeting"},
            CommitteeKind.COMMITTEE, new String[]{"Learning briefing approved for publication", "Audit recommendations accepted; actions added to the tracker",
                    "Scorecard exceptions to be reported to the Executive", "Agencies with late returns to be written to by the chair"},
            CommitteeKind.SUB_GROUP, new String[]{"Next term's programme agreed", "Two new trainers approved for the pool",
                    "Evaluation form to be shortened"},
            CommitteeKind.TASK_AND_FINISH, new String[]{"Draft strategy agreed for consultation", "Toolkit pilot extended to two more teams",
                    "Final report to go to the Executive"},
            CommitteeKind.PANEL, new String[]{"Two reviews closed with learning identified", "Safer sleep messages to be shared with all agencies",
                    "One case referred for a child safeguarding practice review decision"});
}
