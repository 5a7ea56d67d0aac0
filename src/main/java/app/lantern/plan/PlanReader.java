package app.lantern.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.plan.PlanRecords.RevisionChange;
import app.lantern.plan.PlanViews.ObjectiveView;
import app.lantern.plan.PlanViews.PlanLink;
import app.lantern.plan.PlanViews.PlanPage;
import app.lantern.plan.PlanViews.PlanRow;
import app.lantern.plan.PlanViews.PriorityView;
import app.lantern.plan.PlanViews.RevisionView;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/** Reading plans as their pages show them; everyone signed in may. A record reached through the wrong plan is not found. */
@Service
@Transactional(readOnly = true)
class PlanReader {

    private final PlanStore store;
    private final PlanActions actions;
    private final Clock clock;

    PlanReader(PlanStore store, PlanActions actions, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.clock = clock;
    }

    /** Every plan, the one covering today first, then the rest newest first. */
    List<PlanRow> planRows() {
        var current = ReportingYear.containing(today());
        var rows = new ArrayList<PlanRow>();
        for (var p : store.plans()) {
            rows.add(new PlanRow(p.id(), p.title(), p.years().label(), p.status(), p.approvedOn(), p.revision(), p.covers(current)));
        }
        rows.sort((a, b) -> Boolean.compare(b.current(), a.current()));
        return rows;
    }

    PlanRecord plan(long id) {
        return store.plan(id).orElseThrow(RecordNotFoundException::new);
    }

    PriorityRecord priority(long planId, long priorityId) {
        return store.priorityIn(planId, priorityId).orElseThrow(RecordNotFoundException::new);
    }

    /** A priority on its own (the progress pages name it without its plan). */
    PriorityRecord priority(long priorityId) {
        return store.priority(priorityId).orElseThrow(RecordNotFoundException::new);
    }

    ObjectiveRecord objective(long planId, long objectiveId) {
        return store.objectiveIn(planId, objectiveId).orElseThrow(RecordNotFoundException::new);
    }

    /** Whether the plan has been followed by another (its actions now belong there). */
    boolean followed(long planId) {
        return store.startedFrom(planId).isPresent();
    }

    /** The plan's page: its priorities, objectives and their actions, and its revision history. */
    PlanPage planPage(long id) {
        var plan = plan(id);
        var priorities = store.priorities(id);
        var objectives = store.objectivesOfPlan(id);
        var lines = actions.linesOf(objectives);
        var byPriority = objectives.stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        var views = new ArrayList<PriorityView>();
        int actionCount = 0;
        for (var p : priorities) {
            var objectiveViews = new ArrayList<ObjectiveView>();
            for (var o : byPriority.getOrDefault(p.id(), List.of())) {
                var own = lines.getOrDefault(o.id(), List.of());
                actionCount += own.size();
                objectiveViews.add(new ObjectiveView(o, PlanRules.objectiveLabel(p.number(), o.number()), own));
            }
            views.add(new PriorityView(p, objectiveViews));
        }
        var changes = store.changes(id).stream().collect(Collectors.groupingBy(RevisionChange::revisionId));
        var revisions = store.revisions(id).stream()
                .map(r -> new RevisionView(r, changes.getOrDefault(r.id(), List.of()))).toList();
        var startedFrom = plan.startedFrom() == null ? null : store.plan(plan.startedFrom()).map(PlanReader::link).orElse(null);
        var continuedIn = store.startedFrom(id).map(PlanReader::link).orElse(null);
        return new PlanPage(plan, views, revisions, startedFrom, continuedIn, actionCount);
    }

    private static PlanLink link(PlanRecord p) {
        return new PlanLink(p.id(), p.title(), p.years().label());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ReportingYear currentYear() {
        return ReportingYear.current(clock);
    }
}
