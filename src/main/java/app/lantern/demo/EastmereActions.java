package app.lantern.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.lantern.assurance.AssuranceActionSources;
import app.lantern.partnership.MeetingActionSource;
import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.actions.SourceReference;

/**
 * Eastmere's actions raised by hand from sources Lantern does not hold yet — last year's Section 11
 * audit, a multi-agency audit, a joint inspection and a scrutiny review — and from decisions of
 * the Executive's own meetings, which they link to. (Actions from reviews are raised through the
 * reviews themselves, and plan actions through the plan.) Due dates are set from today, so some
 * are overdue, some due soon and some well ahead whenever the demo is loaded; every status
 * appears, and some completed ones are signed off.
 */
@Component
class EastmereActions {

    private final ActionTracker tracker;
    private final DemoCalendar calendar;

    EastmereActions(ActionTracker tracker, DemoCalendar calendar) {
        this.tracker = tracker;
        this.calendar = calendar;
    }

    /** One demo action: its due date is {@code dueInDays} from today (negative: in the past). */
    private record Row(String source, String title, String org, String owner, int dueInDays, ActionStatus status, String update,
            String impact) {
    }

    private static final String S11 = "s11";
    private static final String MACA = "maca";
    private static final String JTAI = "jtai";
    private static final String SCR = "scrutiny";
    private static final String EXEC = "executive";

    private static final List<Row> ROWS = List.of(
            new Row(S11, "Put safeguarding supervision in place for all front-line fire officers", "fire", "fire-lead", 14,
                    ActionStatus.IN_PROGRESS, "Supervision policy approved; rollout to stations under way.", null),
            new Row(S11, "Make sure safer recruitment training is refreshed every three years", "college", "college-dsl", -90,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(S11, "Publish the child protection policy on the trust's website", "mental-health", "mh-lead", -200,
                    ActionStatus.COMPLETED, "Policy published and linked from the trust's home page.", "Policy page viewed over 400 times; staff survey shows 92% know where to find it."),
            new Row(S11, "Record the voice of the child in every youth justice assessment", "youth-justice", "yjs-lead", 120,
                    ActionStatus.IN_PROGRESS, "New assessment template in use since September.", null),
            new Row(S11, "Name a designated safeguarding lead for every youth club", "youth-clubs", null, 60,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(MACA, "Use the neglect screening tool at every health visitor contact", "community-health", "community-nurse", -45,
                    ActionStatus.IN_PROGRESS, "Tool in use by two of three teams; the third trained next week.", null),
            new Row(MACA, "Hold a multi-agency chronology in every child in need case about neglect", "council", "council-sw", 90,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(MACA, "Repeat the audit to test the change", "council", "council-qa", 200,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(JTAI, "Agree one risk assessment for children at risk of exploitation", "police", "police-ce", 10,
                    ActionStatus.IN_PROGRESS, "Joint tool drafted with children's social care and youth justice.", null),
            new Row(JTAI, "Give return home interviews within 72 hours for every missing episode", "council", "council-eh", -30,
                    ActionStatus.IN_PROGRESS, "Timeliness at 68%; extra interview capacity agreed from January.", null),
            new Row(JTAI, "Map the places where children are exploited, with the community safety partnership", "police", "police-ce", -120,
                    ActionStatus.COMPLETED, "Map completed and shared with the contextual safeguarding group.", null),
            new Row(SCR, "Reduce the time from contact to decision at the front door to one working day", "council", "council-sw", 30,
                    ActionStatus.IN_PROGRESS, "Median now 1.4 working days, down from 2.1.", null),
            new Row(SCR, "Ask schools how well the front door explains its decisions", "eastmere-high", "agency-lead", -10,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(EXEC, "Commission an independent review of the threshold document", "council", "business-unit", 150,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(EXEC, "Agree partner contributions for next year", "council", "partner-lead", 75,
                    ActionStatus.IN_PROGRESS, "Proposals shared with the three partners.", null),
            new Row(EXEC, "Recruit a second lay member", "council", "business-unit", -180,
                    ActionStatus.COMPLETED, "Lay member appointed and inducted.", "Lay members now attend every executive meeting and have led two case file audits."));

    void load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, EastmereCommittees.Loaded committees) {
        LocalDate today = calendar.today();
        var lastYear = calendar.year(1);
        var sources = Map.of(
                S11, new SourceReference(AssuranceActionSources.SECTION_11, "s11-" + lastYear.slug(), "Section 11 audit " + lastYear.label(), null),
                MACA, new SourceReference(AssuranceActionSources.MULTI_AGENCY_AUDIT, "maca-neglect-" + lastYear.slug(),
                        "Multi-agency audit: neglect in under-fives, " + lastYear.label(), null),
                JTAI, new SourceReference(AssuranceActionSources.INSPECTION, "jtai-" + lastYear.slug(),
                        "Joint targeted area inspection: serious youth violence, " + lastYear.label(), null),
                SCR, new SourceReference(AssuranceActionSources.SCRUTINY, "scrutiny-front-door-" + calendar.year(0).slug(),
                        "Independent scrutiny: front door arrangements", null));
        long signer = staff.get("business-unit").id();
        for (var r : ROWS) {
            LocalDate due = today.plusDays(r.dueInDays());
            var source = r.source().equals(EXEC) ? decidedAt(committees.executiveMeetings(), due) : sources.get(r.source());
            Long owner = r.owner() == null ? null : staff.get(r.owner()).id();
            long id = tracker.raise(new NewAction(source, r.title(), null, orgs.id(r.org()), owner, due));
            if (r.status() == ActionStatus.NOT_STARTED) continue;
            LocalDate on = r.status().open() ? today.minusDays(7) : due.minusDays(10).isAfter(today) ? today.minusDays(3) : due.minusDays(10);
            tracker.recordProgress(id, r.status(), on, r.update(), owner);
            if (r.impact() != null) tracker.recordSignOff(id, on.plusDays(14).isAfter(today) ? today : on.plusDays(14), signer, r.impact());
        }
    }

    /** The Executive meeting that decided an action due on {@code due}: the last one at least two months before it. */
    private static SourceReference decidedAt(List<EastmereCommittees.HeldMeeting> meetings, LocalDate due) {
        var meeting = meetings.stream().filter(m -> m.date().isBefore(due.minusMonths(2))).reduce((first, second) -> second)
                .orElse(meetings.getFirst());
        return new SourceReference(MeetingActionSource.MEETING_DECISION, "meeting-" + meeting.id(),
                "Executive meeting, " + meeting.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                "/meetings/" + meeting.id());
    }
}
