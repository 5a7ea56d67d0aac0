package app.lantern.actions;

import java.util.List;
import java.util.Map;

import app.lantern.shared.Rag;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Percent;

/**
 * The tracker's figures for a reporting year, for the yearly report: actions that were open at
 * some point in the year (raised on or before its last day and not completed or closed before its
 * first), how many of those were completed in the year, how many were overdue at its end, and the
 * rating of each at the year's end. Each figure comes with the ids of the actions it counts.
 */
public record ActionFacts(ReportingYear year, List<Long> live, List<Long> completedInYear, List<Long> overdueAtYearEnd,
        Map<Rag, List<Long>> ragAtYearEnd, Map<SourceKind, List<Long>> bySource) {

    public int liveCount() {
        return live.size();
    }

    public int completedCount() {
        return completedInYear.size();
    }

    public int overdueCount() {
        return overdueAtYearEnd.size();
    }

    /** Percentage of live actions completed in the year, rounded half up; 0 when there were none. */
    public int percentCompleted() {
        return Percent.of(completedInYear.size(), live.size());
    }
}
