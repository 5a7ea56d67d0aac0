package app.lantern.plan;

import java.time.LocalDate;
import java.util.List;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionSummary;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.plan.PlanRecords.RevisionChange;
import app.lantern.plan.PlanRecords.RevisionRecord;
import app.lantern.shared.Rag;
import app.lantern.shared.ReportingYear;

/** What the plan's pages show, assembled by {@link PlanReader} and {@link PlanProgress}. */
final class PlanViews {

    private PlanViews() {
    }

    record PlanRow(long id, String title, String years, PlanStatus status, LocalDate approvedOn, int revision, boolean current) {
    }

    record PlanLink(long id, String title, String years) {
    }

    record PlanPage(PlanRecord plan, List<PriorityView> priorities, List<RevisionView> revisions, PlanLink startedFrom,
            PlanLink continuedIn, int actionCount) {

        public PlanYears years() {
            return plan.years();
        }

        /** Actions this plan took over, unfinished, from the plan it was started from. */
        public long carriedIn() {
            return priorities.stream().flatMap(p -> p.objectives().stream()).flatMap(o -> o.actions().stream())
                    .filter(a -> a.carriedFrom() != null).count();
        }

        public int objectiveCount() {
            return priorities.stream().mapToInt(p -> p.objectives().size()).sum();
        }

        public RevisionView openRevision() {
            return revisions.stream().filter(r -> r.revision().open()).findFirst().orElse(null);
        }
    }

    record PriorityView(PriorityRecord priority, List<ObjectiveView> objectives) {
    }

    record ObjectiveView(ObjectiveRecord objective, String label, List<ActionLine> actions) {

        public boolean removable() {
            return actions.isEmpty();
        }
    }

    record RevisionView(RevisionRecord revision, List<RevisionChange> changes) {
    }

    /**
     * An action as a plan lists it. An action carried forward to the next plan still shows on the
     * plan it came from, with where it went; one carried in says where it came from.
     */
    record ActionLine(ActionSummary action, PlanStore.ObjectivePlace carriedFrom, PlanStore.ObjectivePlace carriedTo) {

        public boolean carriedOut() {
            return carriedTo != null;
        }
    }

    /** The progress page for a year: the plan covering it (or none) and each priority's progress. */
    record ProgressPage(ReportingYear year, PlanRecord plan, List<PriorityProgress> priorities, List<ReportingYear> years,
            LocalDate today) {

        public int total(ActionStatus status) {
            return priorities.stream().mapToInt(p -> p.facts().count(status)).sum();
        }

        public int total(Rag rag) {
            return priorities.stream().mapToInt(p -> p.facts().count(rag)).sum();
        }

        public int totalActions() {
            return priorities.stream().mapToInt(p -> p.facts().actions().size()).sum();
        }

        public int totalCarried() {
            return priorities.stream().mapToInt(p -> p.facts().carriedForward().size()).sum();
        }
    }

    record PriorityProgress(PriorityRecord priority, PriorityFacts facts, List<ActionLine> actions, Long version) {
    }

    static final List<ActionStatus> STATUSES = List.of(ActionStatus.values());
    static final List<Rag> RAGS = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE);
}
