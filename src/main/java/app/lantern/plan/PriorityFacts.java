package app.lantern.plan;

import java.util.List;
import java.util.Map;

import app.lantern.actions.ActionStatus;
import app.lantern.shared.Rag;

/**
 * One priority's progress in a reporting year: its actions counted by status and rating, the
 * achievements and the narrative. Every count is a list of the tracker's action ids it counts.
 * <p>
 * A priority's actions are those raised against its objectives that still belong to it; the
 * unfinished ones carried forward to the next plan are listed apart ({@code carriedForward}) and
 * not counted again, since the next plan reports them. Statuses and ratings are as they stand on
 * the day the facts are read. {@code byStatus} and {@code byRag} hold every status and rating,
 * empty lists included.
 */
record PriorityFacts(long priorityId, int number, String title, String lead, List<String> objectives,
        List<Long> actions, Map<ActionStatus, List<Long>> byStatus, Map<Rag, List<Long>> byRag, List<Long> overdue,
        List<Long> carriedForward, List<String> achievements, String narrative) {

    PriorityFacts {
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
