package app.lantern.plan;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionTracker;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.plan.PlanRules.Field;
import app.lantern.shared.RecordNotFoundException;

/**
 * A plan's priorities and their objectives: added, changed and removed while the plan is a draft
 * or a revision is open. Numbers close up when one is removed, as people number them on paper.
 */
@Service
@Transactional
class PlanContents {

    private final PlanStore store;
    private final PlanEdits edits;
    private final ActionTracker tracker;

    PlanContents(PlanStore store, PlanEdits edits, ActionTracker tracker) {
        this.store = store;
        this.edits = edits;
        this.tracker = tracker;
    }

    long addPriority(long planId, PriorityDetails details, CurrentPerson who) {
        edits.mayEdit("Add a priority to business plan " + planId);
        var plan = edits.lockEditable(planId);
        var clean = PlanInput.priority(details);
        int number = PlanRules.nextNumber(store.priorities(planId).stream().map(PriorityRecord::number).toList());
        long id = store.insertPriority(planId, number, clean, null);
        edits.touch(plan);
        edits.recordRevisionChange(plan, who, "Added priority " + number + ": " + clean.title());
        edits.logged(ActivityAction.CREATED, planId, "Added priority " + number + " to " + plan.title(), null, clean.title());
        return id;
    }

    void updatePriority(long planId, long priorityId, long version, PriorityDetails details, CurrentPerson who) {
        edits.mayEdit("Change priority " + priorityId + " of business plan " + planId);
        var plan = edits.lockEditable(planId);
        var before = store.priorityIn(planId, priorityId).orElseThrow(RecordNotFoundException::new);
        var clean = PlanInput.priority(details);
        if (!store.updatePriority(priorityId, version, clean)) throw PlanEdits.stale("Priority " + priorityId);
        edits.touch(plan);
        edits.recordRevisionChange(plan, who, PlanRules.describeChange("Priority " + before.number(), List.of(
                new Field("title", before.title(), clean.title()),
                new Field("why it matters", before.whyItMatters(), clean.whyItMatters()),
                new Field("lead", before.lead(), clean.lead()))));
        edits.logged(ActivityAction.CHANGED, planId, "Changed priority " + before.number() + " of " + plan.title(),
                before.describe(), store.priority(priorityId).orElseThrow().describe());
    }

    /** A priority can be removed while the plan is editable, unless actions were raised against its objectives. */
    void removePriority(long planId, long priorityId, CurrentPerson who) {
        edits.mayEdit("Remove priority " + priorityId + " from business plan " + planId);
        var plan = edits.lockEditable(planId);
        var priority = store.priorityIn(planId, priorityId).orElseThrow(RecordNotFoundException::new);
        var objectives = store.objectivesOf(priorityId);
        for (var o : objectives) {
            if (hasActions(o)) throw new PlanService.NotAllowed("Priority " + priority.number() + " cannot be removed: objective "
                    + PlanRules.objectiveLabel(priority.number(), o.number()) + " has actions in the tracker");
        }
        for (var o : objectives) store.deleteObjective(o.id());
        store.deletePriority(priorityId);
        var rest = store.priorities(planId);
        var numbers = PlanRules.closeUp(rest.stream().map(PriorityRecord::number).toList());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).number() != numbers.get(i)) store.renumberPriority(rest.get(i).id(), numbers.get(i));
        }
        edits.touch(plan);
        edits.recordRevisionChange(plan, who, "Removed priority " + priority.number() + ": " + priority.title()
                + (rest.size() >= priority.number() ? " (the priorities after it were renumbered)" : ""));
        edits.logged(ActivityAction.CHANGED, planId, "Removed priority " + priority.number() + " from " + plan.title(),
                priority.describe(), null);
    }

    long addObjective(long planId, long priorityId, ObjectiveDetails details, CurrentPerson who) {
        edits.mayEdit("Add an objective to business plan " + planId);
        var plan = edits.lockEditable(planId);
        var priority = store.priorityIn(planId, priorityId).orElseThrow(RecordNotFoundException::new);
        var clean = PlanInput.objective(details);
        int number = PlanRules.nextNumber(store.objectivesOf(priorityId).stream().map(ObjectiveRecord::number).toList());
        long id = store.insertObjective(priorityId, number, clean, null);
        edits.touch(plan);
        String label = PlanRules.objectiveLabel(priority.number(), number);
        edits.recordRevisionChange(plan, who, "Added objective " + label + ": " + clean.title());
        edits.logged(ActivityAction.CREATED, planId, "Added objective " + label + " to " + plan.title(), null, clean.title());
        return id;
    }

    void updateObjective(long planId, long objectiveId, long version, ObjectiveDetails details, CurrentPerson who) {
        edits.mayEdit("Change objective " + objectiveId + " of business plan " + planId);
        var plan = edits.lockEditable(planId);
        var before = store.objectiveIn(planId, objectiveId).orElseThrow(RecordNotFoundException::new);
        var priority = store.priority(before.priorityId()).orElseThrow();
        var clean = PlanInput.objective(details);
        if (!store.updateObjective(objectiveId, version, clean)) throw PlanEdits.stale("Objective " + objectiveId);
        edits.touch(plan);
        String label = PlanRules.objectiveLabel(priority.number(), before.number());
        edits.recordRevisionChange(plan, who, PlanRules.describeChange("Objective " + label, List.of(
                new Field("title", before.title(), clean.title()),
                new Field("what difference children will see", before.difference(), clean.difference()))));
        edits.logged(ActivityAction.CHANGED, planId, "Changed objective " + label + " of " + plan.title(),
                before.describe(), store.objective(objectiveId).orElseThrow().describe());
    }

    /** An objective can be removed while the plan is editable, unless actions were raised against it. */
    void removeObjective(long planId, long objectiveId, CurrentPerson who) {
        edits.mayEdit("Remove objective " + objectiveId + " from business plan " + planId);
        var plan = edits.lockEditable(planId);
        var objective = store.objectiveIn(planId, objectiveId).orElseThrow(RecordNotFoundException::new);
        var priority = store.priority(objective.priorityId()).orElseThrow();
        String label = PlanRules.objectiveLabel(priority.number(), objective.number());
        if (hasActions(objective))
            throw new PlanService.NotAllowed("Objective " + label + " cannot be removed: it has actions in the tracker");
        store.deleteObjective(objectiveId);
        var rest = store.objectivesOf(priority.id());
        var numbers = PlanRules.closeUp(rest.stream().map(ObjectiveRecord::number).toList());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).number() != numbers.get(i)) store.renumberObjective(rest.get(i).id(), numbers.get(i));
        }
        edits.touch(plan);
        edits.recordRevisionChange(plan, who, "Removed objective " + label + ": " + objective.title());
        edits.logged(ActivityAction.CHANGED, planId, "Removed objective " + label + " from " + plan.title(),
                objective.describe(), null);
    }

    /** An objective with actions raised against it, or carried on from it, keeps its place in the record. */
    private boolean hasActions(ObjectiveRecord o) {
        return !tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, PlanRules.sourceId(o.id())).isEmpty() || store.anyCarried(o.id());
    }
}
