package app.lantern.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.RunAs;
import app.lantern.plan.ObjectiveDetails;
import app.lantern.plan.PlanActionDetails;
import app.lantern.plan.PlanApproval;
import app.lantern.plan.PlanDetails;
import app.lantern.plan.PlanService;
import app.lantern.plan.PriorityDetails;
import app.lantern.plan.ProgressDetails;
import app.lantern.shared.ReportingYear;

/**
 * Eastmere's business plans, like a real partnership's: a one-year plan for the reporting year three
 * years back (2023–24 when the demo loads in 2026–27) with seven priorities (approved, with its
 * actions in every state, achievements and narratives), and the three-year plan started from it,
 * running to the end of the current year — priorities copied, unfinished actions carried forward —
 * then approved, given actions of its own, progress for each of its years (the current one so far)
 * and revised this year. Open actions' due dates are set from today, so some are always overdue
 * and some always due within the month.
 */
@Component
class EastmerePlan {

    private final PlanService plans;
    private final ActionTracker tracker;
    private final DemoCalendar calendar;
    private final RunAs runAs;

    EastmerePlan(PlanService plans, ActionTracker tracker, DemoCalendar calendar, RunAs runAs) {
        this.runAs = runAs;
        this.plans = plans;
        this.tracker = tracker;
        this.calendar = calendar;
    }

    void load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        var businessUnit = runAs.as(EastmerePeople.BUSINESS_UNIT_EMAIL, p -> p);
        Consumer<Consumer<CurrentPerson>> asPartnerLead = work -> runAs.run("partner.lead@eastmere.example", work);
        var loader = new Loader(orgs, staff, businessUnit, calendar.today());

        // ---- the one-year plan, three years ago ------------------------------------------------------
        var first = calendar.year(3);
        long plan = plans.create(new PlanDetails("Eastmere business plan " + first.label(), first, 1,
                "Our seven priorities for the year: a confident workforce, learning that changes practice, a sharper focus on "
                        + "what difference we make for children, early help that works, the new national arrangements, "
                        + "protection from exploitation, and joint work with the Safeguarding Adults Board."), businessUnit);
        var o = loader.priorities(plan);
        asPartnerLead.accept(pl -> plans.approve(plan, version(plan),
                new PlanApproval(executiveInMay(3), "Agreed at the Executive meeting of " + longDate(executiveInMay(3))), pl));

        loader.actionsOfTheOneYearPlan(plan, o);
        loader.progressOfTheOneYearPlan(plan);

        // ---- the three-year plan running now, started from the one-year plan -----------------------
        var next = plans.startNext(plan, "Eastmere business plan " + calendar.year(2).startYear() + "–"
                + String.format("%02d", (calendar.year(0).startYear() + 1) % 100), 3, businessUnit);
        long plan2 = next.planId();
        var p2 = loader.prioritiesOf(plan2);
        plans.updatePriority(plan2, p2.get("5"), 0, new PriorityDetails("Embed the new national arrangements",
                "The new statutory guidance changed who is accountable and asked for education to be part of strategic decisions. "
                        + "The arrangements are in place; now they must be seen to work, and be scrutinised.",
                "Partnership Executive"), businessUnit);
        asPartnerLead.accept(pl -> plans.approve(plan2, version(plan2), new PlanApproval(executiveInMay(2),
                "Agreed at the Executive meeting of " + longDate(executiveInMay(2))), pl));
        var o2 = loader.objectivesOf(plan2);
        loader.actionsOfTheRunningPlan(plan2, o2);
        loader.progressOfTheRunningPlan(plan2);

        // A revision this year: neglect added to early help, after the neglect audit.
        plans.startRevision(plan2, version(plan2), "Last year's multi-agency audit of neglect found that neglect was recognised late "
                + "in a third of the cases looked at. The Executive asked for an objective on neglect under early help.", businessUnit);
        plans.addObjective(plan2, p2.get("4"), new ObjectiveDetails("Neglect is recognised and acted on early, with the refreshed graded care profile",
                "Fewer children live with neglect for a long time before help arrives; audits show neglect recognised at the first contact."),
                businessUnit);
        asPartnerLead.accept(lead -> plans.approve(plan2, version(plan2), new PlanApproval(loader.today, "Agreed by the three partners by email"), lead));
        var neglect = loader.objectivesOf(plan2).get("4.3");
        loader.raise(plan2, neglect, "Roll out the refreshed graded care profile to health visitors and early help",
                "community-health", "community-nurse", loader.t(45), null);
    }

    private long version(long planId) {
        return plans.version(planId);
    }

    /** The Executive meets on the second Tuesday of every other month from May (see EastmereCommittees). */
    private LocalDate executiveInMay(int yearsAgo) {
        return calendar.on(yearsAgo, 5, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private static String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** Raises and progresses the demo actions as the business unit, through the plan and the tracker's public API. */
    private final class Loader {
        private final EastmereOrganisations.Orgs orgs;
        private final EastmerePeople.Staff staff;
        private final CurrentPerson businessUnit;
        private final LocalDate today;

        Loader(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, CurrentPerson businessUnit, LocalDate today) {
            this.orgs = orgs;
            this.staff = staff;
            this.businessUnit = businessUnit;
            this.today = today;
        }

        LocalDate t(int days) {
            return today.plusDays(days);
        }

        Map<String, Long> priorities(long plan) {
            var objectives = new HashMap<String, Long>();
            priority(plan, objectives, "1", "Strengthen professional expertise in safeguarding practice",
                    "Our workforce survey told us that practitioners were unsure of the threshold document and of how to escalate "
                            + "a concern when they disagree with a decision. Confident practitioners are the first protection a child has.",
                    "Training Pool",
                    new String[] {"Multi-agency training is planned from a training needs analysis",
                            "Children are seen by practitioners who know the signs of neglect, exploitation and domestic abuse, and act on them."},
                    new String[] {"Safeguarding procedures are current and easy to find online",
                            "Whoever a child meets first, they get the same response, because everyone follows the same procedures."},
                    new String[] {"Supervision supports good decisions in every partner agency",
                            "Children’s plans are challenged in supervision, so drift and delay are spotted early."});
            priority(plan, objectives, "2", "Learn from reviews and make the learning stick",
                    "Two rapid reviews the year before found the same gaps in information sharing that an older review had found. "
                            + "Learning that is published but not used does not protect children.",
                    "Case Review Committee",
                    new String[] {"Learning from rapid reviews and practice reviews reaches front-line staff within three months",
                            "Children benefit from practice that has changed because of what a review found."},
                    new String[] {"Multi-agency audits test whether learning has changed practice",
                            "Audits show the changes recommended by reviews in children’s records."});
            priority(plan, objectives, "3", "Keep the focus on outcomes for children",
                    "The Executive saw plenty of activity data but little about whether children were safer. We want to know "
                            + "what difference our work makes, and to hear it from children and families.",
                    "Quality Assurance Committee",
                    new String[] {"A multi-agency scorecard tells the Executive how children are doing",
                            "Problems in the child’s journey are seen and acted on within a quarter."},
                    new String[] {"Children’s and families’ voices shape the partnership’s work",
                            "Children can point to something that changed because they told us."},
                    new String[] {"Training is evaluated for its impact on practice",
                            "Practitioners use what they learned with the families they work with, and we can show it."});
            priority(plan, objectives, "4", "Make early help work for every family who needs it",
                    "Too many families reach children’s social care at crisis point, after earlier chances to help were missed.",
                    "Head of Early Help, Eastmere Council",
                    new String[] {"Thresholds are understood and applied the same way by every agency",
                            "Families get the right help at the right time, without being passed between services."},
                    new String[] {"Family hubs offer help early, with partners working as one team",
                            "Parents find help in their neighbourhood and tell their story once."});
            priority(plan, objectives, "5", "Put the new national arrangements in place",
                    "The new statutory guidance names lead and delegated safeguarding partners, expects education to be part of "
                            + "strategic decisions and asks for independent scrutiny. Our arrangements must change within the next year.",
                    "Partnership Executive",
                    new String[] {"Revised arrangements are agreed and published",
                            "Everyone can see who is accountable for keeping Eastmere’s children safe."},
                    new String[] {"Education is part of the partnership’s strategic decisions",
                            "Schools’ knowledge of children shapes the partnership’s priorities."},
                    new String[] {"Independent scrutiny tests how well the arrangements work",
                            "An independent view tells children and families how well they are protected."});
            priority(plan, objectives, "6", "Protect children from exploitation and harm outside the home",
                    "Referrals for criminal exploitation doubled in two years, and children who go missing are at the greatest risk.",
                    "Contextual Safeguarding Committee",
                    new String[] {"Children at risk of exploitation are identified early and get the right help",
                            "Fewer children are drawn into exploitation, and those who are get help quickly."},
                    new String[] {"Communities and businesses know the signs and report them",
                            "Places where children are exploited become safer because people notice and act."},
                    new String[] {"Children missing from home or care get a return home interview within 72 hours",
                            "Children who go missing are heard, and what they say changes their plan."});
            priority(plan, objectives, "7", "Work jointly with the Safeguarding Adults Board",
                    "Many risks to children come from adults’ needs: domestic abuse, parental mental health and substance use. "
                            + "Young people moving to adult services need a safe handover.",
                    "Partnership manager",
                    new String[] {"Joint training on themes that cross children’s and adults’ safeguarding",
                            "Practitioners in adult services think about the children in the family."},
                    new String[] {"Young people moving to adult services have a safe handover",
                            "No young person loses support at 18 because of a gap between services."});
            return objectives;
        }

        private void priority(long plan, Map<String, Long> objectives, String number, String title, String why, String lead,
                String[]... items) {
            long priority = plans.addPriority(plan, new PriorityDetails(title, why, lead), businessUnit);
            int n = 1;
            for (String[] item : items) {
                objectives.put(number + "." + n++, plans.addObjective(plan, priority, new ObjectiveDetails(item[0], item[1]), businessUnit));
            }
        }

        Map<String, Long> prioritiesOf(long plan) {
            return plans.priorityIds(plan);
        }

        Map<String, Long> objectivesOf(long plan) {
            return plans.objectiveIds(plan);
        }

        long raise(long plan, long objective, String title, String org, String person, LocalDate due, String description) {
            return plans.raiseAction(plan, objective, new PlanActionDetails(title, description, orgs.id(org),
                    person == null ? null : staff.get(person).id(), due), businessUnit);
        }

        void started(long id, LocalDate on, String update) {
            tracker.recordProgress(id, ActionStatus.IN_PROGRESS, on, update);
        }

        void completed(long id, LocalDate started, LocalDate done, String update) {
            started(id, started, "Work started.");
            tracker.recordProgress(id, ActionStatus.COMPLETED, done, update);
        }

        void signedOff(long id, LocalDate started, LocalDate done, String update, String impact) {
            completed(id, started, done, update);
            tracker.recordSignOff(id, done.plusDays(14), businessUnit.id(), impact);
        }

        void closed(long id, LocalDate on, String reason) {
            tracker.recordProgress(id, ActionStatus.CLOSED, on, reason);
        }

        /** 37 actions: 21 completed (9 signed off), 3 closed, 7 in progress and 6 not started; the 13 open ones move to the three-year plan. */
        void actionsOfTheOneYearPlan(long plan, Map<String, Long> o) {
            var d = calendar.on(3, 4, 1);
            // 1 workforce
            signedOff(raise(plan, o.get("1.1"), "Run a workforce training needs analysis across all partners", "council", "trainer",
                    calendar.on(3, 7, 31), null), d.plusDays(20), calendar.on(3, 7, 14), "Survey closed with 612 responses; report to the Training Pool.",
                    "The next training programme was rebuilt around the three gaps the analysis found; neglect courses are now full every month.");
            completed(raise(plan, o.get("1.1"), "Publish a multi-agency training programme for the year", "council", "trainer",
                    calendar.on(3, 9, 1), null), calendar.on(3, 7, 20), calendar.on(3, 8, 30), "Programme published on the website.");
            signedOff(raise(plan, o.get("1.2"), "Review and republish the core safeguarding procedures online", "council", "business-unit",
                    calendar.on(3, 12, 31), null), calendar.on(3, 5, 2), calendar.on(3, 12, 4), "All 46 procedures reviewed.",
                    "Page views of the procedures rose by half; the escalation procedure is the most read.");
            closed(raise(plan, o.get("1.2"), "Buy a procedures app for smartphones", "council", null, calendar.on(3, 1, 31), null),
                    calendar.on(3, 11, 15), "The Executive decided the responsive website does the job; no money for an app.");
            var sup = raise(plan, o.get("1.3"), "Audit safeguarding supervision in each statutory partner", "icb", "icb-designated",
                    t(-75), "A short audit of supervision records in children’s social care, the police and health.");
            started(sup, calendar.on(3, 1, 10), "Health and police audits done; children’s social care audit delayed by staffing.");
            open(raise(plan, o.get("1.3"), "Agree a shared standard for safeguarding supervision", "council", "council-sw", t(20), null));
            // 2 learning from reviews
            signedOff(raise(plan, o.get("2.1"), "Produce a 7-minute briefing within eight weeks of each rapid review", "council", "business-unit",
                    calendar.on(3, 3, 31), null), calendar.on(3, 4, 20), calendar.on(3, 3, 20), "Briefings issued for both rapid reviews.",
                    "Two thirds of practitioners asked at the learning event had read a briefing and could name a change it asked for.");
            completed(raise(plan, o.get("2.1"), "Hold a learning event on infant safety", "hospital", "member", calendar.on(3, 11, 30), null),
                    calendar.on(3, 9, 1), calendar.on(3, 11, 16), "Event held; 260 attended.");
            var dissemination = raise(plan, o.get("2.1"), "Track that every agency has cascaded review learning to its staff", "council",
                    "business-unit", t(-20), null);
            started(dissemination, calendar.on(3, 2, 1), "Returns received from 31 of 49 agencies.");
            signedOff(raise(plan, o.get("2.2"), "Audit the bruising in non-mobile babies protocol", "icb", "icb-doctor", calendar.on(3, 2, 29), null),
                    calendar.on(3, 10, 2), calendar.on(3, 2, 20), "Audit of 25 cases reported to the Quality Assurance Committee.",
                    "Every baby with a bruise in the sample was referred; the two late referrals led to a change in GP guidance.");
            open(raise(plan, o.get("2.2"), "Re-audit information sharing at the front door after the review’s actions", "police", "police-di", t(-5), null));
            // 3 outcomes
            signedOff(raise(plan, o.get("3.1"), "Build a multi-agency scorecard of 24 measures", "council", "council-qa", calendar.on(3, 10, 31), null),
                    calendar.on(3, 5, 15), calendar.on(3, 10, 20), "Scorecard agreed and first edition reported.",
                    "The Executive spotted the fall in health assessments for children in care in its first quarter and asked for a plan.");
            completed(raise(plan, o.get("3.1"), "Add police and health data to the scorecard", "police", "police-di", calendar.on(3, 1, 31), null),
                    calendar.on(3, 11, 1), calendar.on(3, 1, 25), "Data-sharing agreement signed; measures added.");
            completed(raise(plan, o.get("3.2"), "Set up a Young Inspectors group", "harbour-lights", "charity-lead", calendar.on(3, 12, 31), null),
                    calendar.on(3, 6, 1), calendar.on(3, 10, 12), "Twelve young people recruited and trained.");
            var voice = raise(plan, o.get("3.2"), "Ask families about their experience of child protection conferences", "council", "council-sw",
                    t(90), "A short survey and six interviews with parents.");
            started(voice, calendar.on(3, 3, 1), "Survey designed with two parents; interviews booked.");
            completed(raise(plan, o.get("3.3"), "Add a three-month impact evaluation to every multi-agency course", "council", "trainer",
                    calendar.on(3, 9, 30), null), calendar.on(3, 6, 1), calendar.on(3, 9, 5), "Evaluation form in use.");
            closed(raise(plan, o.get("3.3"), "Commission an external evaluation of the training programme", "council", null,
                    calendar.on(3, 3, 31), null), calendar.on(3, 1, 20), "Not affordable this year; our own three-month evaluation gives what we need.");
            // 4 early help
            signedOff(raise(plan, o.get("4.1"), "Refresh the threshold document with practitioners and parents", "council", "council-eh",
                    calendar.on(3, 12, 31), null), calendar.on(3, 5, 1), calendar.on(3, 12, 12), "Refreshed document published.",
                    "Referrals that did not meet the threshold fell from one in three to one in five in the next six months.");
            var thresholdAudit = raise(plan, o.get("4.1"), "Audit how thresholds are applied at the front door", "council", "council-qa", t(12), null);
            started(thresholdAudit, calendar.on(3, 2, 15), "Sample of 40 contacts chosen.");
            completed(raise(plan, o.get("4.2"), "Open three family hubs with partners on site", "family-hubs", "early-years", calendar.on(3, 3, 31), null),
                    calendar.on(3, 4, 15), calendar.on(3, 3, 1), "Beacon, Harbour and Saltmarsh hubs open.");
            open(raise(plan, o.get("4.2"), "Place a named school link worker in every family hub", "family-hubs", "early-years", t(25), null));
            // 5 national reform
            signedOff(raise(plan, o.get("5.1"), "Agree and publish revised multi-agency safeguarding arrangements", "council", "business-unit",
                    calendar.on(3, 12, 31), null), calendar.on(3, 6, 1), calendar.on(3, 12, 8), "Arrangements published.",
                    "Lead and delegated partners are named; the national panel confirmed the arrangements meet the guidance.");
            completed(raise(plan, o.get("5.2"), "Give the Education Committee chair a seat on the Executive", "council", "council-edu",
                    calendar.on(3, 9, 30), null), calendar.on(3, 6, 1), calendar.on(3, 9, 12), "Terms of reference changed.");
            var s175 = raise(plan, o.get("5.2"), "Bring the section 175 audit into the partnership’s quality cycle", "eastmere-high", "agency-lead",
                    t(-45), null);
            started(s175, calendar.on(3, 3, 10), "Audit questions agreed with head teachers.");
            completed(raise(plan, o.get("5.3"), "Appoint an independent scrutineer", "council", "partner-lead", calendar.on(3, 3, 31), null),
                    calendar.on(3, 10, 1), calendar.on(3, 2, 1), "Scrutineer appointed for three years.");
            open(raise(plan, o.get("5.3"), "Publish the scrutineer’s first report", "council", "scrutineer", t(150), null));
            // 6 exploitation
            signedOff(raise(plan, o.get("6.1"), "Introduce one exploitation screening tool for every partner", "police", "police-ce",
                    calendar.on(3, 9, 30), null), calendar.on(3, 4, 20), calendar.on(3, 9, 1), "Tool in use by all partners.",
                    "Children screened as high risk now reach the exploitation panel within a week, down from a month.");
            var mace = raise(plan, o.get("6.1"), "Review the exploitation panel’s terms of reference and membership", "police", "chair", t(-110), null);
            started(mace, calendar.on(3, 1, 8), "Draft terms of reference out for comment.");
            completed(raise(plan, o.get("6.2"), "Run awareness sessions for taxi drivers, hotel and fast-food staff", "council", "trainer",
                    calendar.on(3, 2, 28), null), calendar.on(3, 9, 1), calendar.on(3, 2, 14), "Eleven sessions; 190 people.");
            open(raise(plan, o.get("6.2"), "Launch a campaign for parents on online grooming", "police", "police-ce", t(-30), null));
            signedOff(raise(plan, o.get("6.3"), "Commission return home interviews within 72 hours", "harbour-lights", "charity-lead",
                    calendar.on(3, 10, 31), null), calendar.on(3, 5, 1), calendar.on(3, 10, 2), "New service started.",
                    "Interviews within 72 hours rose from 54% to 81%; what children said changed the plans of 14 of them.");
            var missing = raise(plan, o.get("6.3"), "Report themes from return home interviews to the committee every quarter", "harbour-lights",
                    "charity-lead", t(200), null);
            started(missing, calendar.on(3, 1, 15), "First quarterly themes report presented.");
            // 7 joint work with adults
            completed(raise(plan, o.get("7.1"), "Deliver joint domestic abuse training with the Safeguarding Adults Board", "safe-steps", "da-lead",
                    calendar.on(3, 1, 31), null), calendar.on(3, 6, 1), calendar.on(3, 1, 20), "Twelve sessions; 340 staff.");
            completed(raise(plan, o.get("7.1"), "Hold a shared learning event on parental mental health", "mental-health", "mh-lead",
                    calendar.on(3, 3, 15), null), calendar.on(3, 11, 1), calendar.on(3, 3, 7), "Event held with adult mental health teams.");
            completed(raise(plan, o.get("7.2"), "Agree a transitions protocol for 17-year-olds with adult social care", "council", "council-sw",
                    calendar.on(3, 3, 31), null), calendar.on(3, 7, 1), calendar.on(3, 3, 22), "Protocol signed by both directors.");
            closed(raise(plan, o.get("7.2"), "Set up a joint children’s and adults’ transitions panel", "council", null, calendar.on(3, 3, 31), null),
                    calendar.on(3, 3, 22), "Replaced by the transitions protocol, which uses existing panels.");
            open(raise(plan, o.get("7.2"), "Check that the transitions protocol is used for care leavers with additional needs", "council",
                    "council-qa", t(8), null));
        }

        private void open(long id) {
            // raised and not started: nothing more to record
        }

        void progressOfTheOneYearPlan(long plan) {
            var year = calendar.year(3);
            var ids = prioritiesOf(plan);
            save(ids.get("1"), year, "A year of rebuilding the training offer around what practitioners told us they needed. Procedures are "
                            + "current and easier to find. Supervision remains the gap: the audit in children’s social care slipped and the "
                            + "shared standard is carried into the next plan.",
                    "Threshold and escalation briefings delivered to over 420 practitioners from 31 organisations",
                    "Training needs analysis completed, with 612 responses from across the workforce",
                    "All 46 core procedures reviewed and republished on the partnership website",
                    "Neglect course rewritten around the graded care profile and run 18 times");
            save(ids.get("2"), year, "Learning from both rapid reviews reached practitioners quickly, through briefings and a well attended "
                            + "learning event. The audit of the bruising protocol showed the learning in practice. We still cannot show that "
                            + "every agency has passed learning on to its staff.",
                    "7-minute briefings issued within eight weeks of each of the two rapid reviews",
                    "Learning event on infant safety attended by 260 professionals",
                    "Audit of 25 cases showed the bruising protocol followed for every baby in the sample");
            save(ids.get("3"), year, "The scorecard changed the Executive’s conversations: it now asks about children, not only activity. "
                            + "Young Inspectors gave us our first direct view from young people.",
                    "Multi-agency scorecard of 24 measures reported to every Executive meeting",
                    "Young Inspectors group of 12 young people set up and trained",
                    "Impact evaluation at three months added to every multi-agency course");
            save(ids.get("4"), year, "The refreshed threshold document and three new family hubs are the year’s main steps. The effect on "
                            + "referrals is encouraging; the front-door audit will tell us more.",
                    "Threshold document refreshed with 140 practitioners and 30 parents",
                    "Three family hubs opened, with health visitors and early help workers in one team",
                    "Early help assessments up by 18% on " + calendar.year(4).label());
            save(ids.get("5"), year, "The new arrangements were agreed and published ahead of the national deadline, and education now has a "
                            + "voice at the Executive.",
                    "Revised arrangements agreed by the three partners and published in December " + calendar.on(3, 12, 1).getYear(),
                    "Education Committee chair joined the Executive",
                    "Independent scrutineer appointed for three years");
            save(ids.get("6"), year, "Partners now screen for exploitation the same way, and children who go missing are heard sooner. The "
                            + "review of the exploitation panel took longer than planned.",
                    "One exploitation screening tool in use by every partner from September " + calendar.on(3, 9, 1).getYear(),
                    "Awareness sessions for 190 taxi drivers, hotel and fast-food staff",
                    "Return home interviews within 72 hours rose from 54% to 81%");
            save(ids.get("7"), year, "Joint training with the Safeguarding Adults Board reached more staff than ever, and a transitions "
                            + "protocol now covers young people turning 18.",
                    "Joint domestic abuse training for 340 staff in children’s and adults’ services",
                    "Transitions protocol for 17-year-olds agreed with adult social care",
                    "Shared learning event on parental mental health");
        }

        /** The three-year plan's own actions: 5 completed (2 signed off), 1 closed, 4 in progress and 4 not started. */
        void actionsOfTheRunningPlan(long plan, Map<String, Long> o) {
            signedOff(raise(plan, o.get("1.1"), "Launch accredited systemic practice training", "council", "trainer", calendar.on(2, 3, 31), null),
                    calendar.on(2, 6, 1), calendar.on(2, 3, 10), "First cohort of 40 accredited.",
                    "Family feedback on the first cohort’s cases was more positive on being listened to.");
            var e = raise(plan, o.get("1.1"), "Train school designated safeguarding leads in the neglect toolkit", "council", "council-edu", t(-60), null);
            started(e, calendar.on(1, 9, 1), "Half of schools trained.");
            completed(raise(plan, o.get("2.1"), "Publish each case review’s timetable and progress on the partnership website", "council",
                    "business-unit", calendar.on(2, 1, 31), null), calendar.on(2, 5, 1), calendar.on(2, 1, 20), "Timetables published for every review.");
            open(raise(plan, o.get("2.2"), "Audit the response to children living with domestic abuse", "police", "police-di", t(18), null));
            signedOff(raise(plan, o.get("3.1"), "Publish the scorecard on the partnership website each quarter", "council", "council-qa",
                    calendar.on(1, 6, 30), null), calendar.on(2, 1, 6), calendar.on(1, 6, 2), "First public scorecard published.",
                    "Councillors now ask about the scorecard at scrutiny; two measures were added at their request.");
            var y = raise(plan, o.get("3.2"), "Young Inspectors review the child protection conference experience", "harbour-lights", "charity-lead",
                    t(28), null);
            started(y, t(-170), "Young Inspectors observed four conferences with families’ consent.");
            completed(raise(plan, o.get("4.2"), "Open a fourth family hub in Northgate", "family-hubs", "early-years", calendar.on(1, 9, 30), null),
                    calendar.on(2, 10, 1), calendar.on(1, 9, 15), "Northgate hub open.");
            open(raise(plan, o.get("5.2"), "Agree a protocol for sharing safeguarding information with colleges", "college", "college-dsl", t(-14), null));
            var sc = raise(plan, o.get("5.3"), "Respond to the scrutineer’s recommendations", "council", "partner-lead", t(120), null);
            started(sc, t(-212), "Response drafted for the Executive.");
            completed(raise(plan, o.get("6.1"), "Train youth club and sports coaches to spot exploitation", "youth-clubs", null,
                    calendar.on(1, 7, 31), null), calendar.on(2, 2, 1), calendar.on(1, 7, 10), "Seven sessions; 85 coaches.");
            closed(raise(plan, o.get("6.2"), "Put exploitation awareness posters in every bus station", "council", null, calendar.on(1, 12, 31), null),
                    calendar.on(1, 10, 1), "The bus company withdrew permission; the campaign moved online.");
            var yjs = raise(plan, o.get("6.1"), "Join up youth justice and exploitation screening", "youth-justice", "yjs-lead", t(75), null);
            started(yjs, t(-78), "Joint screening piloted with ten children.");
            open(raise(plan, o.get("7.1"), "Joint briefing on fathers and partners who pose a risk, with probation", "probation", "probation-lead",
                    t(4), null));
            open(raise(plan, o.get("7.2"), "Review transitions for young people with mental health needs", "mental-health", "mh-lead", t(180), null));
        }

        /** Progress on each priority in each year the running plan covers; the current year's so far. */
        void progressOfTheRunningPlan(long plan) {
            var ids = prioritiesOf(plan);
            var first = calendar.year(2);
            save(ids.get("1"), first, "Accredited systemic practice training began and the first cohort finished.",
                    "First 40 practitioners accredited in systemic practice",
                    "Neglect toolkit briefings for 120 staff in health and early help");
            save(ids.get("2"), first, "Harbour’s learning was tested by audit, and a rapid review led to a second local review, Marram.",
                    "Audit found Harbour’s record-transfer protocol followed in every move sampled",
                    "Learning event on the Harbour review attended by 210 professionals");
            save(ids.get("3"), first, "The scorecard moved from counting activity to following children’s journeys.",
                    "Scorecard measures on return home interviews and health assessments added",
                    "Young Inspectors reported to the Executive for the first time");
            save(ids.get("4"), first, "Family hubs became the main way families reach early help.",
                    "Over 2,300 families supported through the family hubs",
                    "Early help assessments up by a further 11%");
            save(ids.get("5"), first, "The new arrangements are in place; the scrutineer’s first report tested them.",
                    "Independent scrutineer’s first report presented to the Executive",
                    "Education Committee chair attended every Executive meeting");
            save(ids.get("6"), first, "Exploitation screening is now routine; the panel’s new terms of reference are still being agreed.",
                    "Return home interviews within 72 hours held above 80% all year");
            save(ids.get("7"), first, "Joint work with the Safeguarding Adults Board moved from training to shared audit.",
                    "Joint audit of transitions for six care leavers with additional needs");
            var second = calendar.year(1);
            save(ids.get("1"), second, "Systemic practice is spreading beyond children’s social care into health and education.",
                    "Second and third cohorts of systemic practice training completed",
                    "Half of schools’ designated safeguarding leads trained in the neglect toolkit");
            save(ids.get("2"), second, "Two local reviews were published, Willow after the criminal trial ended and Marram on time.",
                    "Willow and Marram reviews published with 7-minute briefings",
                    "Every agency confirmed it had shared Harbour’s learning with its staff");
            save(ids.get("3"), second, "The public scorecard gave councillors and families the same view as the Executive.",
                    "Scorecard published on the website every quarter from June " + calendar.on(1, 6, 1).getYear());
            save(ids.get("4"), second, "A fourth hub opened, and the neglect audit led to a revision of the plan.",
                    "Northgate family hub opened in September " + calendar.on(1, 9, 1).getYear(),
                    "Multi-agency audit of neglect across 30 families");
            save(ids.get("5"), second, "Colleges joined the partnership’s information sharing; the scrutineer’s recommendations were accepted.",
                    "Scrutineer’s recommendations accepted by the three partners");
            save(ids.get("6"), second, "Awareness work moved online after the poster campaign was refused.",
                    "Seven sessions on exploitation for 85 youth club and sports coaches");
            save(ids.get("7"), second, "The transitions protocol was checked for young people with mental health needs.",
                    "Joint briefing with probation planned on adults who pose a risk");
            var now = calendar.year(0);
            save(ids.get("1"), now, "So far this year: the neglect toolkit is reaching schools.",
                    "Neglect toolkit training for school designated safeguarding leads under way");
            save(ids.get("2"), now, "So far this year: a rapid review led to a third local review, Heron, now under way.",
                    "Heron review commissioned and its panel formed");
            save(ids.get("3"), now, "So far this year: Young Inspectors are looking at child protection conferences.",
                    "Young Inspectors observed four conferences with families’ consent");
            save(ids.get("4"), now, "So far this year: the refreshed graded care profile is being rolled out.");
            save(ids.get("5"), now, "So far this year: the response to the scrutineer is with the Executive.");
            save(ids.get("6"), now, "So far this year: youth justice and exploitation screening are being joined up.",
                    "Joint screening piloted with ten children");
            save(ids.get("7"), now, "So far this year: transitions for young people with mental health needs are under review.");
        }

        private void save(long priorityId, ReportingYear year, String narrative, String... achievements) {
            plans.saveProgress(priorityId, year, null, new ProgressDetails(narrative, java.util.List.of(achievements)), businessUnit);
        }
    }
}
