package app.lantern.demo;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.reviews.CaseReviewService;
import app.lantern.reviews.MilestonePlan;

/**
 * Eastmere's case reviews (all fictional), each decided by a rapid review or the partners and
 * with milestones within months of its decision. Three years back (2023–24 when the demo loads in
 * 2026–27): "Harbour", decided in June and published the next January, with its panel, findings
 * and five recommendations whose actions are in several states; and "Willow", decided in July
 * from a rapid review, whose work was done within the year but whose publication waited for a
 * criminal trial, until last June. Two years back: "Marram", decided in April from a rapid
 * review and published at the start of last year. This year: "Heron", decided about five
 * months ago, running now, with its practitioner event overdue. The partner lead and the business
 * unit sit on every panel and the committee chair on Harbour's only; the demo's committee member
 * and agency lead sit on none, so they cannot see any review.
 */
@Component
class EastmereCaseReviews {

    private static final String LCSPR = "Local child safeguarding practice review";

    private final CaseReviewService reviews;
    private final ActionTracker tracker;
    private final DemoCalendar calendar;

    EastmereCaseReviews(CaseReviewService reviews, ActionTracker tracker, DemoCalendar calendar) {
        this.reviews = reviews;
        this.tracker = tracker;
        this.calendar = calendar;
    }

    /** The demo reviews other demo data refers to. */
    record Loaded(long harbour, long willow, long marram, long heron) {
    }

    Loaded load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, EastmereIncidents.Loaded incidents) {
        return new Loaded(harbour(orgs, staff), willow(orgs, staff, incidents.willow()), marram(orgs, staff, incidents.marram()),
                heron(staff, incidents.heron(), incidents.heronDecided()));
    }

    private long harbour(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        long id = reviews.recordReview(LCSPR, "Harbour", calendar.on(3, 6, 14),
                "How agencies recognised and responded to the needs of a baby living with parents who moved between "
                        + "temporary addresses, from the 20-week scan to the baby's admission to hospital at four months. "
                        + "In particular: sharing information when a family moves, pre-birth assessment, and how the voice of "
                        + "the father was heard.",
                "Imogen Castellane, independent reviewer", null);
        reviews.recordPanelMember(id, staff.get("partner-lead").id(), "Chair of the review panel");
        reviews.recordPanelMember(id, staff.get("chair").id(), "Police representative");
        reviews.recordPanelMember(id, staff.get("icb-lead").id(), "Health representative");
        reviews.recordPanelMember(id, staff.get("business-unit").id(), "Business unit lead");
        reviews.recordMilestone(id, MilestonePlan.TERMS_OF_REFERENCE, null, calendar.on(3, 7, 20));
        reviews.recordMilestone(id, MilestonePlan.AGENCY_REPORTS, null, calendar.on(3, 9, 1));
        reviews.recordMilestone(id, MilestonePlan.PRACTITIONER_EVENT, null, calendar.on(3, 10, 4));
        reviews.recordMilestone(id, MilestonePlan.DRAFT_REPORT, null, calendar.on(3, 11, 22));
        reviews.recordFinding(id, "When the family moved between temporary addresses, each move reset the health visiting "
                + "service's contact; no agency held the whole picture.");
        reviews.recordFinding(id, "The pre-birth assessment started at 34 weeks, too late to plan support before the birth.");
        reviews.recordFinding(id, "Practitioners rarely spoke to the baby's father, so what he could offer, and the risks, were not known.");
        reviews.recordPublication(id, calendar.on(3, 1, 5), calendar.on(3, 1, 17), "Harbour", null);

        LocalDate made = calendar.on(3, 1, 17);
        long signer = staff.get("business-unit").id();
        long a1 = reviews.recordRecommendation(id, "Agree a protocol for passing on health visiting records within five working "
                + "days when a family with a baby moves between temporary addresses.", orgs.id("community-health"), calendar.on(2, 7, 31), made);
        tracker.recordProgress(a1, ActionStatus.COMPLETED, calendar.on(2, 7, 10), "Protocol agreed and in use across the three localities.", null);
        tracker.recordSignOff(a1, calendar.on(2, 7, 30), signer, "A dip sample of 25 moves found every record passed on within five working days.");
        long a2 = reviews.recordRecommendation(id, "Refer every pregnancy with known vulnerabilities for pre-birth assessment by 20 weeks.",
                orgs.id("hospital"), calendar.on(2, 12, 31), made);
        tracker.recordProgress(a2, ActionStatus.COMPLETED, calendar.on(2, 12, 2), "Referral pathway relaunched; compliance reported monthly.", null);
        long a3 = reviews.recordRecommendation(id, "Record the father's details and views in every child in need and child protection "
                + "assessment, and audit that this happens.", orgs.id("council"), calendar.on(2, 3, 31), made);
        tracker.recordProgress(a3, ActionStatus.IN_PROGRESS, calendar.on(2, 2, 10), "Assessment template changed; the audit is booked.", null);
        long a4 = reviews.recordRecommendation(id, "Include information sharing when families move in the partnership's multi-agency "
                + "training.", orgs.id("council"), calendar.on(2, 9, 30), made);
        tracker.recordProgress(a4, ActionStatus.IN_PROGRESS, calendar.on(2, 6, 12), "Two of four sessions delivered.", null);
        reviews.recordRecommendation(id, "Check that the housing options team tells children's social care when a family with a baby "
                + "is placed out of area.", orgs.id("housing"), calendar.on(2, 6, 30), made);
        return id;
    }

    private long willow(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, long rapidReviewId) {
        // commissioned by the rapid review Eastmere's incident demo data records first, the day its decision was sent
        long id = reviews.recordReview(LCSPR, "Willow", calendar.on(3, 7, 6),
                "How agencies responded to a 14-year-old's repeated missing episodes and the signs of criminal exploitation "
                        + "in the year before a serious assault.",
                "Femi Adeyemo-Hart, independent reviewer", rapidReviewId);
        reviews.recordPanelMember(id, staff.get("business-unit").id(), "Business unit lead");
        reviews.recordPanelMember(id, staff.get("partner-lead").id(), "Chair of the review panel");
        reviews.recordPanelMember(id, staff.get("police-lead").id(), "Police representative");
        // the panel agreed to publish only once the criminal trial had ended
        reviews.revisePlannedPublication(id, calendar.on(1, 6, 30));
        reviews.recordMilestone(id, MilestonePlan.TERMS_OF_REFERENCE, calendar.on(3, 8, 4), calendar.on(3, 8, 10));
        reviews.recordMilestone(id, MilestonePlan.AGENCY_REPORTS, calendar.on(3, 10, 13), calendar.on(3, 11, 1));
        reviews.recordMilestone(id, MilestonePlan.PRACTITIONER_EVENT, calendar.on(3, 11, 22), calendar.on(3, 11, 22));
        reviews.recordMilestone(id, MilestonePlan.DRAFT_REPORT, calendar.on(3, 1, 19), calendar.on(3, 2, 2));
        reviews.recordFinding(id, "Return home interviews were offered late or not at all after most missing episodes, so the "
                + "pattern of exploitation was not seen.");
        reviews.recordFinding(id, "Records described the girl as making lifestyle choices rather than as a child being exploited.");
        reviews.recordPublication(id, calendar.on(1, 6, 9), calendar.on(1, 6, 24), "Willow", null);
        long a = reviews.recordRecommendation(id, "Offer every child a return home interview within 72 hours of coming back from a "
                + "missing episode.", orgs.id("council"), calendar.fromToday(30), calendar.on(1, 6, 24));
        tracker.recordProgress(a, ActionStatus.IN_PROGRESS, calendar.fromToday(-20), "Extra interview capacity in place since September.", null);
        long b = reviews.recordRecommendation(id, "Share every missing episode with the exploitation hub the next working day.",
                orgs.id("police"), calendar.on(1, 10, 31), calendar.on(1, 6, 24));
        tracker.recordProgress(b, ActionStatus.COMPLETED, calendar.on(1, 10, 6), "Daily missing list now goes to the exploitation hub.", null);
        return id;
    }

    private long marram(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, long rapidReviewId) {
        long id = reviews.recordReview(LCSPR, "Marram", calendar.on(2, 4, 16),
                "How agencies shared what they knew about a mother's new partner, who had a history of domestic abuse, in the "
                        + "months before he seriously injured her nine-year-old son.",
                "Orla Penhallow, independent reviewer", rapidReviewId);
        reviews.recordPanelMember(id, staff.get("business-unit").id(), "Business unit lead");
        reviews.recordPanelMember(id, staff.get("partner-lead").id(), "Chair of the review panel");
        reviews.recordPanelMember(id, staff.get("police-lead").id(), "Police representative");
        // a short extension while the family decided whether to take part
        reviews.revisePlannedPublication(id, calendar.on(1, 4, 30));
        reviews.recordMilestone(id, MilestonePlan.TERMS_OF_REFERENCE, calendar.on(2, 5, 14), calendar.on(2, 5, 20));
        reviews.recordMilestone(id, MilestonePlan.AGENCY_REPORTS, calendar.on(2, 7, 12), calendar.on(2, 7, 15));
        reviews.recordMilestone(id, MilestonePlan.PRACTITIONER_EVENT, calendar.on(2, 9, 18), calendar.on(2, 9, 18));
        reviews.recordMilestone(id, MilestonePlan.DRAFT_REPORT, calendar.on(2, 12, 6), calendar.on(2, 1, 24));
        reviews.recordFinding(id, "The police knew the partner's history but had no way to learn that he had moved into a "
                + "household with children.");
        reviews.recordFinding(id, "The school saw the boy's fear of going home and recorded it, but did not share it.");
        reviews.recordPublication(id, calendar.on(1, 4, 11), calendar.on(1, 4, 28), "Marram", null);
        LocalDate made = calendar.on(1, 4, 28);
        long a1 = reviews.recordRecommendation(id, "Tell children's social care when a man with a history of domestic abuse is known "
                + "to have moved into a household with children.", orgs.id("police"), calendar.on(1, 9, 30), made);
        tracker.recordProgress(a1, ActionStatus.COMPLETED, calendar.on(1, 9, 12), "Notification step added to the domestic abuse protocol.", null);
        long a2 = reviews.recordRecommendation(id, "Train GP practices to record who lives in the household and who holds parental "
                + "responsibility.", orgs.id("icb"), calendar.on(1, 3, 31), made);
        tracker.recordProgress(a2, ActionStatus.IN_PROGRESS, calendar.on(1, 2, 2), "Eleven of nineteen practices trained; the rest are booked.", null);
        reviews.recordRecommendation(id, "Audit how professional curiosity about fathers and partners shows in case records.",
                orgs.id("council"), calendar.fromToday(25), made);
        return id;
    }

    private long heron(EastmerePeople.Staff staff, long rapidReviewId, LocalDate decided) {
        long id = reviews.recordReview(LCSPR, "Heron", decided,
                "How agencies recognised the risks to a seven-week-old baby whose parents were known to adult mental health "
                        + "services, and why bruising seen by a GP was not referred.",
                "Imogen Castellane, independent reviewer", rapidReviewId);
        reviews.recordPanelMember(id, staff.get("business-unit").id(), "Business unit lead");
        reviews.recordPanelMember(id, staff.get("partner-lead").id(), "Chair of the review panel");
        reviews.recordPanelMember(id, staff.get("icb-lead").id(), "Health representative");
        reviews.recordMilestone(id, MilestonePlan.TERMS_OF_REFERENCE, decided.plusDays(28), decided.plusDays(26));
        reviews.recordMilestone(id, MilestonePlan.AGENCY_REPORTS, decided.plusDays(70), decided.plusDays(77));
        // the practitioner event slipped when the reviewer was ill: the home page shows it overdue
        reviews.recordMilestone(id, MilestonePlan.PRACTITIONER_EVENT, calendar.fromToday(-40), null);
        reviews.recordMilestone(id, MilestonePlan.DRAFT_REPORT, calendar.fromToday(20), null);
        return id;
    }
}
