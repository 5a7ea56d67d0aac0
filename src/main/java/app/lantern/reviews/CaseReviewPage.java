package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

import app.lantern.actions.ActionSummary;

/** Everything a case review's page shows, with what the reader may do on it. */
record CaseReviewPage(CaseReview review, CaseReviewStatus status, List<PanelMember> panel, List<MilestoneView> milestones,
        List<CaseReviewFinding> findings, List<RecommendationView> recommendations, int actionsComplete, int percentComplete,
        LocalDate reportDue, boolean sentLate, Integer sentWorkingDaysBefore, boolean canManage, boolean canContribute) {

    /** A milestone with whether it is overdue and how many working days are left (null once done or when unknown). */
    record MilestoneView(Milestone milestone, boolean overdue, Integer workingDaysLeft) {
    }

    /** A recommendation with its owner's name and its tracker action (null if the action cannot be found). */
    record RecommendationView(Recommendation recommendation, String ownerName, ActionSummary action) {
    }
}
