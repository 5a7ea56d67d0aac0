package app.lantern.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionSummary;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.plan.PlanRecords.Carried;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanViews.ActionLine;
import app.lantern.shared.RecordNotFoundException;

/**
 * The actions in the tracker that belong to a plan's objectives: raising one against an
 * objective, and reading each objective's actions as the plan lists them — including those
 * carried forward to the next plan, as they stand now wherever they went.
 */
@Service
@Transactional(readOnly = true)
class PlanActions {

    private final PlanStore store;
    private final PlanEdits edits;
    private final ActionTracker tracker;
    private final OrganisationDirectory organisations;
    private final People people;

    PlanActions(PlanStore store, PlanEdits edits, ActionTracker tracker, OrganisationDirectory organisations, People people) {
        this.store = store;
        this.edits = edits;
        this.tracker = tracker;
        this.organisations = organisations;
        this.people = people;
    }

    /** Raises an action in the tracker against an objective, due today or later. */
    @Transactional
    long raiseAction(long planId, long objectiveId, PlanActionDetails details, CurrentPerson who) {
        if (details.due() != null && details.due().isBefore(edits.today()))
            throw new IllegalArgumentException("Due date must be today or in the future");
        return recordAction(planId, objectiveId, details, who);
    }

    /**
     * Raises an action as given, its due date not checked against today: a plan's history recorded
     * after the fact (demo data) has actions that fell due long ago.
     */
    @Transactional
    long recordAction(long planId, long objectiveId, PlanActionDetails details, CurrentPerson who) {
        edits.mayEdit("Add an action to business plan " + planId);
        var plan = store.plan(planId).orElseThrow(RecordNotFoundException::new);
        var objective = store.objectiveIn(planId, objectiveId).orElseThrow(RecordNotFoundException::new);
        var priority = store.priority(objective.priorityId()).orElseThrow();
        var successor = store.startedFrom(planId);
        if (successor.isPresent()) throw new PlanService.NotAllowed(
                "“" + plan.title() + "” has been followed by “" + successor.get().title() + "”: add the action to that plan");
        String title = PlanInput.required(details.title(), 300, "the action's title");
        String description = PlanInput.optional(details.description(), 4000, "The description");
        if (organisations.nameOf(details.ownerOrganisationId()).isEmpty())
            throw new IllegalArgumentException("Select the organisation that owns the action");
        if (details.ownerPersonId() != null && people.find(details.ownerPersonId()).filter(p -> p.active()).isEmpty())
            throw new IllegalArgumentException("Select the person who owns the action from the list");
        if (details.due() == null) throw new IllegalArgumentException("Enter the date the action is due");
        var source = PlanRules.source(planId, objectiveId, priority.number(), objective.number(), objective.title());
        return tracker.raise(new NewAction(source, title, description, details.ownerOrganisationId(), details.ownerPersonId(),
                details.due()));
    }

    /**
     * Each objective's actions: those raised against it (or carried in to it), and those carried
     * forward from it to the next plan, as they stand now wherever they went. Soonest due first.
     */
    Map<Long, List<ActionLine>> linesOf(List<ObjectiveRecord> objectives) {
        var ids = objectives.stream().map(ObjectiveRecord::id).toList();
        var own = tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, sourceIds(ids));
        var idSet = Set.copyOf(ids);
        var carriedIn = new HashMap<Long, Carried>();
        var carriedOut = new LinkedHashMap<Long, Carried>();
        for (var c : store.carriedTouching(ids)) {
            if (idSet.contains(c.toObjectiveId())) carriedIn.putIfAbsent(c.actionId(), c);
            if (idSet.contains(c.fromObjectiveId())) carriedOut.putIfAbsent(c.actionId(), c);
        }
        var placeIds = new ArrayList<Long>();
        carriedIn.values().forEach(c -> placeIds.add(c.fromObjectiveId()));
        carriedOut.values().forEach(c -> placeIds.add(c.toObjectiveId()));
        var places = store.places(placeIds);
        var now = new HashMap<Long, ActionSummary>();
        if (!carriedOut.isEmpty()) {
            var latest = store.latestObjectiveOf(carriedOut.keySet());
            tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, sourceIds(latest.values())).values()
                    .forEach(list -> list.forEach(a -> now.put(a.id(), a)));
        }
        var lines = new HashMap<Long, List<ActionLine>>();
        for (var o : objectives) {
            var list = new ArrayList<ActionLine>();
            for (var a : own.getOrDefault(PlanRules.sourceId(o.id()), List.of())) {
                if (carriedOut.containsKey(a.id())) continue;
                var in = carriedIn.get(a.id());
                list.add(new ActionLine(a, in == null ? null : places.get(in.fromObjectiveId()), null));
            }
            for (var c : carriedOut.values()) {
                if (c.fromObjectiveId() != o.id()) continue;
                var a = now.get(c.actionId());
                var in = carriedIn.get(c.actionId());
                if (a != null) list.add(new ActionLine(a, in == null ? null : places.get(in.fromObjectiveId()), places.get(c.toObjectiveId())));
            }
            list.sort(Comparator.comparing((ActionLine l) -> l.action().due()).thenComparing(l -> l.action().id()));
            lines.put(o.id(), list);
        }
        return lines;
    }

    private static List<String> sourceIds(Collection<Long> objectiveIds) {
        return objectiveIds.stream().map(PlanRules::sourceId).toList();
    }
}
