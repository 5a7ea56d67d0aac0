package app.lantern.reviews;

import java.util.List;

import app.lantern.shared.ReportingYear;

/**
 * A reporting year's case review figures for the yearly report, each with the ids it counts:
 * reviews commissioned (decided on in the year), reviews published in the year, recommendations
 * made in the year, and of those recommendations' tracker actions, the ones completed (as they
 * stand when the facts are read).
 *
 * @param commissioned             case review ids decided on in the year
 * @param published                case review ids published in the year
 * @param recommendations          recommendation ids made in the year
 * @param recommendationActions    the tracker action ids of those recommendations
 * @param completedActions         those of the actions that are completed
 */
record CaseReviewFacts(ReportingYear year, List<Long> commissioned, List<Long> published, List<Long> recommendations,
        List<Long> recommendationActions, List<Long> completedActions) {

    public int commissionedCount() {
        return commissioned.size();
    }

    public int publishedCount() {
        return published.size();
    }

    public int recommendationCount() {
        return recommendations.size();
    }

    /** Percentage of the recommendations' actions that are complete, rounded half up; 0 when there are none. */
    public int percentActionsComplete() {
        return CaseReviewRules.percent(completedActions.size(), recommendationActions.size());
    }
}
