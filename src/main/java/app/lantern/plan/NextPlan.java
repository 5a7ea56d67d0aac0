package app.lantern.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionTracker;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanRecords.ObjectiveRecord;

/**
 * Starting the plan that follows an approved one: its priorities and objectives copied, and each
 * objective's unfinished actions carried forward to the copy, so nothing open is lost between plans.
 */
@Service
@Transactional
class NextPlan {

    private final PlanStore store;
    private final PlanEdits edits;
    private final ActionTracker tracker;

    NextPlan(PlanStore store, PlanEdits edits, ActionTracker tracker) {
        this.store = store;
        this.edits = edits;
        this.tracker = tracker;
    }

    /**
     * A draft for the {@code years} reporting years after the plan. Completed and closed actions
     * stay with the plan they belonged to.
     */
    StartedPlan startNext(long planId, String title, int years, CurrentPerson who) {
        edits.mayEdit("Start the plan after business plan " + planId);
        var from = edits.lock(planId);
        if (!from.status().everApproved()) throw new PlanService.NotAllowed("Approve this plan before starting the next one from it");
        if (years < 1 || years > 3) throw new IllegalArgumentException("Choose how many years the new plan covers");
        var newYears = from.years().following(years);
        String cleanTitle = PlanInput.required(title, 200, "the new plan's title");
        edits.checkYearsFree(newYears, null);
        var now = edits.now();
        long newId = store.insertPlan(cleanTitle, newYears, from.summary(), planId, now, who.id());
        int carried = 0;
        var objectives = store.objectivesOfPlan(planId).stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        for (var p : store.priorities(planId)) {
            long newPriority = store.insertPriority(newId, p.number(), new PriorityDetails(p.title(), p.whyItMatters(), p.lead()), p.id());
            for (var o : objectives.getOrDefault(p.id(), List.of())) {
                long newObjective = store.insertObjective(newPriority, o.number(), new ObjectiveDetails(o.title(), o.difference()), o.id());
                var open = PlanRules.toCarryForward(tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, PlanRules.sourceId(o.id())));
                if (open.isEmpty()) continue;
                var source = PlanRules.source(planId, o.id(), p.number(), o.number(), o.title());
                var target = PlanRules.source(newId, newObjective, p.number(), o.number(), o.title());
                carried += tracker.carryForward(source, target);
                for (long actionId : open) store.insertCarried(actionId, o.id(), newObjective, now);
            }
        }
        edits.logged(ActivityAction.CREATED, newId, "Started business plan " + cleanTitle + " from " + from.title()
                + "; " + carried + " unfinished action" + (carried == 1 ? "" : "s") + " carried forward", null,
                store.plan(newId).orElseThrow().describe());
        return new StartedPlan(newId, carried);
    }

    /** The title a new plan for these years would have by default. */
    static String defaultTitle(PlanYears years) {
        return "Business plan " + years.label();
    }
}
