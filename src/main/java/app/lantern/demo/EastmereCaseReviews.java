package app.lantern.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionTracker;
import app.lantern.reviews.CaseReviewService;
import app.lantern.reviews.MilestonePlan;

/**
 * Eastmere's case reviews (all fictional): "Harbour", a local child safeguarding practice review
 * decided in June 2023 and published in January 2024, with its panel, findings and five
 * recommendations whose actions are in several states; and "Willow", decided in February 2024 and
 * still in progress after an agreed extension, with two milestones overdue whenever the demo is
 * loaded. The partner lead, the committee chair and the business unit sit on panels; the demo's
 * committee member and agency lead sit on none, so they cannot see either review.
 */
@Component
class EastmereCaseReviews {

    private static final String LCSPR = "Local child safeguarding practice review";

    private final CaseReviewService reviews;
    private final ActionTracker tracker;
    private final Clock clock;

    EastmereCaseReviews(CaseReviewService reviews, ActionTracker tracker, Clock clock) {
        this.reviews = reviews;
        this.tracker = tracker;
        this.clock = clock;
    }

    /** The demo reviews other demo data refers to. */
    record Loaded(long harbour, long willow) {
    }

    Loaded load(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, EastmereIncidents.Loaded incidents) {
        return new Loaded(harbour(orgs, staff), willow(orgs, staff, incidents.localReview()));
    }

    private long harbour(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        LocalDate today = LocalDate.now(clock);
        long id = reviews.recordReview(LCSPR, "Harbour", LocalDate.of(2023, 6, 14),
                "How agencies recognised and responded to the needs of a baby living with parents who moved between "
                        + "temporary addresses, from the 20-week scan to the baby's admission to hospital at four months. "
                        + "In particular: sharing information when a family moves, pre-birth assessment, and how the voice of "
                        + "the father was heard.",
                "Imogen Castellane, independent reviewer", null);
        reviews.recordPanelMember(id, staff.get("partner-lead").id(), "Chair of the review panel");
        reviews.recordPanelMember(id, staff.get("chair").id(), "Police representative");
        reviews.recordPanelMember(id, staff.get("icb-lead").id(), "Health representative");
        reviews.recordPanelMember(id, staff.get("business-unit").id(), "Business unit lead");
        reviews.recordMilestone(id, MilestonePlan.TERMS_OF_REFERENCE, null, LocalDate.of(2023, 7, 20));
        reviews.recordMilestone(id, MilestonePlan.AGENCY_REPORTS, null, LocalDate.of(2023, 9, 1));
        reviews.recordMilestone(id, MilestonePlan.PRACTITIONER_EVENT, null, LocalDate.of(2023, 10, 4));
        reviews.recordMilestone(id, MilestonePlan.DRAFT_REPORT, null, LocalDate.of(2023, 11, 22));
        reviews.recordFinding(id, "When the family moved between temporary addresses, each move reset the health visiting "
                + "service's contact; no agency held the whole picture.");
        reviews.recordFinding(id, "The pre-birth assessment started at 34 weeks, too late to plan support before the birth.");
        reviews.recordFinding(id, "Practitioners rarely spoke to the baby's father, so what he could offer, and the risks, were not known.");
        reviews.recordPublication(id, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 17), "Harbour", null);

        LocalDate made = LocalDate.of(2024, 1, 17);
        long signer = staff.get("business-unit").id();
        long a1 = reviews.recordRecommendation(id, "Agree a protocol for passing on health visiting records within five working "
                + "days when a family with a baby moves between temporary addresses.", orgs.id("community-health"), today.minusDays(300), made);
        tracker.recordProgress(a1, ActionStatus.COMPLETED, today.minusDays(320), "Protocol agreed and in use across the three localities.", null);
        tracker.recordSignOff(a1, today.minusDays(300), signer, "A dip sample of 25 moves found every record passed on within five working days.");
        long a2 = reviews.recordRecommendation(id, "Refer every pregnancy with known vulnerabilities for pre-birth assessment by 20 weeks.",
                orgs.id("hospital"), today.minusDays(120), made);
        tracker.recordProgress(a2, ActionStatus.COMPLETED, today.minusDays(140), "Referral pathway relaunched; compliance reported monthly.", null);
        long a3 = reviews.recordRecommendation(id, "Record the father's details and views in every child in need and child protection "
                + "assessment, and audit that this happens.", orgs.id("council"), today.minusDays(30), made);
        tracker.recordProgress(a3, ActionStatus.IN_PROGRESS, today.minusDays(45), "Assessment template changed; the audit is booked.", null);
        long a4 = reviews.recordRecommendation(id, "Include information sharing when families move in the partnership's multi-agency "
                + "training.", orgs.id("council"), today.plusDays(40), made);
        tracker.recordProgress(a4, ActionStatus.IN_PROGRESS, today.minusDays(10), "Two of four sessions delivered.", null);
        reviews.recordRecommendation(id, "Check that the housing options team tells children's social care when a family with a baby "
                + "is placed out of area.", orgs.id("housing"), today.plusDays(90), made);
        return id;
    }

    private long willow(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff, long rapidReviewId) {
        LocalDate today = LocalDate.now(clock);
        // commissioned by the rapid review Eastmere's incident demo data records first (decision sent 6 July 2023)
        long id = reviews.recordReview(LCSPR, "Willow", LocalDate.of(2023, 7, 6),
                "How agencies responded to a 14-year-old's repeated missing episodes and the signs of criminal exploitation "
                        + "in the year before a serious assault.",
                "Femi Adeyemo-Hart, independent reviewer", rapidReviewId);
        reviews.recordPanelMember(id, staff.get("business-unit").id(), "Business unit lead");
        reviews.recordPanelMember(id, staff.get("partner-lead").id(), "Chair of the review panel");
        reviews.recordPanelMember(id, staff.get("police-lead").id(), "Police representative");
        // the panel agreed an extension while a criminal trial was pending
        reviews.revisePlannedPublication(id, today.plusDays(75));
        reviews.recordMilestone(id, MilestonePlan.TERMS_OF_REFERENCE, LocalDate.of(2023, 8, 4), LocalDate.of(2023, 8, 10));
        reviews.recordMilestone(id, MilestonePlan.AGENCY_REPORTS, LocalDate.of(2023, 10, 13), LocalDate.of(2023, 11, 1));
        reviews.recordMilestone(id, MilestonePlan.PRACTITIONER_EVENT, today.minusDays(40), null);
        reviews.recordMilestone(id, MilestonePlan.DRAFT_REPORT, today.minusDays(10), null);
        reviews.recordFinding(id, "Return home interviews were offered late or not at all after most missing episodes, so the "
                + "pattern of exploitation was not seen.");
        long a = reviews.recordRecommendation(id, "Offer every child a return home interview within 72 hours of coming back from a "
                + "missing episode.", orgs.id("council"), today.plusDays(30), LocalDate.of(2024, 7, 15));
        tracker.recordProgress(a, ActionStatus.IN_PROGRESS, today.minusDays(20), "Extra interview capacity in place since September.", null);
        return id;
    }
}
