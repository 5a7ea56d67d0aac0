package app.lantern.plan;

import java.util.List;
import java.util.Map;

import app.lantern.actions.ActionStatus;
import app.lantern.shared.Rag;
import app.lantern.shared.ReportingYear;

/**
 * Progress against priorities in a reporting year, for the yearly report: the plan that covered
 * the year and, for each of its priorities, its actions counted by status and rating, the
 * achievements and the narrative. Every figure is a list of the tracker's action ids it counts.
 * <p>
 * A priority's actions are those raised against its objectives that still belong to it; the
 * unfinished ones carried forward to the next plan are listed apart ({@code carriedForward}) and
 * not counted again, since the next plan reports them. Statuses and ratings are as they stand
 * on the day the facts are read.
 *
 * @param planId null when no plan covers the year (then there are no priorities)
 */
public record PlanFacts(ReportingYear year, Long planId, String planTitle, String planYears, boolean approved,
        List<PriorityFacts> priorities) {

    public PlanFacts {
        priorities = List.copyOf(priorities);
    }

    static PlanFacts none(ReportingYear year) {
        return new PlanFacts(year, null, null, null, false, List.of());
    }

    public boolean hasPlan() {
        return planId != null;
    }

    /** One priority's progress in the year. {@code byStatus} and {@code byRag} hold every status and rating, empty lists included. */
    public record PriorityFacts(long priorityId, int number, String title, String lead, List<String> objectives,
            List<Long> actions, Map<ActionStatus, List<Long>> byStatus, Map<Rag, List<Long>> byRag, List<Long> overdue,
            List<Long> carriedForward, List<String> achievements, String narrative) {

        public PriorityFacts {
            objectives = List.copyOf(objectives);
            actions = List.copyOf(actions);
            byStatus = Map.copyOf(byStatus);
            byRag = Map.copyOf(byRag);
            overdue = List.copyOf(overdue);
            carriedForward = List.copyOf(carriedForward);
            achievements = List.copyOf(achievements);
        }

        public int count(ActionStatus status) {
            return byStatus.getOrDefault(status, List.of()).size();
        }

        public int count(Rag rag) {
            return byRag.getOrDefault(rag, List.of()).size();
        }
    }
}
