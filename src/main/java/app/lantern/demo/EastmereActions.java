package app.lantern.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import app.lantern.assurance.AssuranceActionSources;
import app.lantern.partnership.MeetingActionSource;
import app.lantern.reviews.ReviewActionSources;
import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.actions.SourceKind;
import app.lantern.actions.SourceReference;

/**
 * Eastmere's actions from sources other than the business plan: two case reviews, a rapid
 * review, the Section 11 audit, a multi-agency audit, a joint inspection, a scrutiny review and
 * executive decisions. Due dates are set from today, so some are overdue, some due soon and some
 * well ahead whenever the demo is loaded; every status appears, and some completed ones are signed off.
 */
@Component
class EastmereActions {

    private final ActionTracker tracker;
    private final Clock clock;

    EastmereActions(ActionTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    /** One demo action: its due date is {@code dueInDays} from today (negative: in the past). */
    private record Row(SourceKind kind, String sourceId, String source, String title, String org, String owner, int dueInDays,
            ActionStatus status, String update, String impact) {
    }

    private static final String CSPR = "Local review: Kestrel (published 2022)";
    private static final String LR = "Learning review: Sibling group R";
    private static final String RR = "Rapid review RR-2022-04";
    private static final String S11 = "Section 11 audit 2023–24";
    private static final String MACA = "Multi-agency audit: neglect in under-fives";
    private static final String JTAI = "Joint targeted area inspection: serious youth violence";
    private static final String SCR = "Independent scrutiny: front door arrangements";
    private static final String EXEC = "Executive decision, safeguarding partnership executive";

    private static final List<Row> ROWS = List.of(
            new Row(ReviewActionSources.CASE_REVIEW, "cspr-kestrel", CSPR, "Refresh the pre-birth assessment protocol so midwives refer at 20 weeks", "hospital", "member", -240,
                    ActionStatus.COMPLETED, "Protocol relaunched at the midwifery forum; referrals now tracked monthly.", "Pre-birth referrals before 24 weeks rose from 41% to 78% in six months."),
            new Row(ReviewActionSources.CASE_REVIEW, "cspr-kestrel", CSPR, "Train GP practices to record who holds parental responsibility", "icb", "icb-designated", -60,
                    ActionStatus.IN_PROGRESS, "Eleven of nineteen practices trained; the remaining sessions are booked.", null),
            new Row(ReviewActionSources.CASE_REVIEW, "cspr-kestrel", CSPR, "Audit how professional curiosity about fathers and partners shows in case records", "council", "council-qa", 25,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(ReviewActionSources.CASE_REVIEW, "cspr-kestrel", CSPR, "Add the escalation policy to every agency's induction", "vcf-forum", "vcf-coordinator", -150,
                    ActionStatus.COMPLETED, "All forum members confirmed the policy is in their induction packs.", null),
            new Row(ReviewActionSources.CASE_REVIEW, "lr-r", LR, "Set out how schools share attendance concerns with children's social care", "eastmere-high", "agency-lead", 45,
                    ActionStatus.IN_PROGRESS, "Draft agreed with three secondary schools; primary heads consulted next month.", null),
            new Row(ReviewActionSources.CASE_REVIEW, "lr-r", LR, "Brief housing officers on recognising neglect during tenancy visits", "housing", "housing-lead", -20,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(ReviewActionSources.RAPID_REVIEW, "rr-2022-04", RR, "Check that out-of-hours police referrals reach the front door by 9am", "police", "police-di", -5,
                    ActionStatus.IN_PROGRESS, "Dip sample of 30 referrals under way.", null),
            new Row(ReviewActionSources.RAPID_REVIEW, "rr-2022-04", RR, "Share the safe sleep message through health visitors and family hubs", "family-hubs", "early-years", -300,
                    ActionStatus.COMPLETED, "Safe sleep leaflets in every family hub; message added to the 6-8 week contact.", "Every new-birth visit since April recorded a safe sleep conversation."),
            new Row(ReviewActionSources.RAPID_REVIEW, "rr-2022-04", RR, "Write to the national panel about the learning on bed sharing", "council", "business-unit", -400,
                    ActionStatus.CLOSED, "Superseded: the national panel published its own briefing on this topic.", null),
            new Row(AssuranceActionSources.SECTION_11, "s11-2023", S11, "Put safeguarding supervision in place for all front-line fire officers", "fire", "fire-lead", 14,
                    ActionStatus.IN_PROGRESS, "Supervision policy approved; rollout to stations under way.", null),
            new Row(AssuranceActionSources.SECTION_11, "s11-2023", S11, "Make sure safer recruitment training is refreshed every three years", "college", "college-dsl", -90,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(AssuranceActionSources.SECTION_11, "s11-2023", S11, "Publish the child protection policy on the trust's website", "mental-health", "mh-lead", -200,
                    ActionStatus.COMPLETED, "Policy published and linked from the trust's home page.", "Policy page viewed over 400 times; staff survey shows 92% know where to find it."),
            new Row(AssuranceActionSources.SECTION_11, "s11-2023", S11, "Record the voice of the child in every youth justice assessment", "youth-justice", "yjs-lead", 120,
                    ActionStatus.IN_PROGRESS, "New assessment template in use since September.", null),
            new Row(AssuranceActionSources.SECTION_11, "s11-2023", S11, "Name a designated safeguarding lead for every youth club", "youth-clubs", null, 60,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(AssuranceActionSources.MULTI_AGENCY_AUDIT, "maca-neglect", MACA, "Use the neglect screening tool at every health visitor contact", "community-health", "community-nurse", -45,
                    ActionStatus.IN_PROGRESS, "Tool in use by two of three teams; the third trained next week.", null),
            new Row(AssuranceActionSources.MULTI_AGENCY_AUDIT, "maca-neglect", MACA, "Hold a multi-agency chronology in every child in need case about neglect", "council", "council-sw", 90,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(AssuranceActionSources.MULTI_AGENCY_AUDIT, "maca-neglect", MACA, "Repeat the audit to test the change", "council", "council-qa", 200,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(AssuranceActionSources.INSPECTION, "jtai-2024", JTAI, "Agree one risk assessment for children at risk of exploitation", "police", "police-ce", 10,
                    ActionStatus.IN_PROGRESS, "Joint tool drafted with children's social care and youth justice.", null),
            new Row(AssuranceActionSources.INSPECTION, "jtai-2024", JTAI, "Give return home interviews within 72 hours for every missing episode", "council", "council-eh", -30,
                    ActionStatus.IN_PROGRESS, "Timeliness at 68%; extra interview capacity agreed from January.", null),
            new Row(AssuranceActionSources.INSPECTION, "jtai-2024", JTAI, "Map the places where children are exploited, with the community safety partnership", "police", "police-ce", -120,
                    ActionStatus.COMPLETED, "Map completed and shared with the contextual safeguarding group.", null),
            new Row(AssuranceActionSources.SCRUTINY, "scrutiny-front-door", SCR, "Reduce the time from contact to decision at the front door to one working day", "council", "council-sw", 30,
                    ActionStatus.IN_PROGRESS, "Median now 1.4 working days, down from 2.1.", null),
            new Row(AssuranceActionSources.SCRUTINY, "scrutiny-front-door", SCR, "Ask schools how well the front door explains its decisions", "eastmere-high", "agency-lead", -10,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(MeetingActionSource.MEETING_DECISION, "exec-decisions", EXEC, "Commission an independent review of the threshold document", "council", "business-unit", 150,
                    ActionStatus.NOT_STARTED, null, null),
            new Row(MeetingActionSource.MEETING_DECISION, "exec-decisions", EXEC, "Agree partner contributions for next year", "council", "partner-lead", 75,
                    ActionStatus.IN_PROGRESS, "Proposals shared with the three partners.", null),
            new Row(MeetingActionSource.MEETING_DECISION, "exec-decisions", EXEC, "Recruit a second lay member", "council", "business-unit", -180,
                    ActionStatus.COMPLETED, "Lay member appointed and inducted.", "Lay members now attend every executive meeting and have led two case file audits."));

    void load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        LocalDate today = LocalDate.now(clock);
        long signer = staff.get("business-unit").id();
        for (var r : ROWS) {
            var source = new SourceReference(r.kind(), r.sourceId(), r.source(), null);
            LocalDate due = today.plusDays(r.dueInDays());
            Long owner = r.owner() == null ? null : staff.get(r.owner()).id();
            long id = tracker.raise(new NewAction(source, r.title(), null, orgs.id(r.org()), owner, due));
            if (r.status() == ActionStatus.NOT_STARTED) continue;
            LocalDate on = r.status().open() ? today.minusDays(7) : due.minusDays(10).isAfter(today) ? today.minusDays(3) : due.minusDays(10);
            tracker.recordProgress(id, r.status(), on, r.update(), owner);
            if (r.impact() != null) tracker.recordSignOff(id, on.plusDays(14).isAfter(today) ? today : on.plusDays(14), signer, r.impact());
        }
    }
}
