package app.lantern.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionStatus;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.plan.PlanViews.ActionLine;
import app.lantern.plan.PlanViews.PriorityProgress;
import app.lantern.plan.PlanViews.ProgressPage;
import app.lantern.shared.Rag;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/**
 * Progress against a plan's priorities in a reporting year: the business unit's achievements and
 * narrative for each priority, and the counts of its actions that the progress page and the
 * yearly report show.
 */
@Service
@Transactional(readOnly = true)
class PlanProgress {

    static final int MAX_ACHIEVEMENTS = 30;

    private final PlanStore store;
    private final PlanEdits edits;
    private final PlanActions actions;

    PlanProgress(PlanStore store, PlanEdits edits, PlanActions actions) {
        this.store = store;
        this.edits = edits;
        this.actions = actions;
    }

    /**
     * Saves a priority's achievements and narrative for a year of its plan. {@code version} is null
     * when none were saved before; if someone saved them meanwhile, the save is refused as stale.
     */
    @Transactional
    void saveProgress(long priorityId, ReportingYear year, Long version, ProgressDetails details, CurrentPerson who) {
        edits.mayEdit("Record progress on priority " + priorityId + " in " + year.label());
        var priority = store.priority(priorityId).orElseThrow(RecordNotFoundException::new);
        var plan = edits.lock(priority.planId());
        if (!plan.covers(year)) throw new PlanService.NotAllowed("“" + plan.title() + "” does not cover " + year.label());
        String narrative = PlanInput.optional(details.narrative(), 6000, "The narrative");
        var lines = PlanInput.achievements(details.achievements());
        if (lines.size() > MAX_ACHIEVEMENTS) throw new IllegalArgumentException("List at most " + MAX_ACHIEVEMENTS + " achievements");
        var before = store.achievements(List.of(priorityId), year.startYear()).getOrDefault(priorityId, List.of());
        if (!store.saveProgress(priorityId, year.startYear(), version, narrative, edits.now(), who.id()))
            throw PlanEdits.stale("Progress on priority " + priorityId);
        store.replaceAchievements(priorityId, year.startYear(), lines);
        edits.logged(ActivityAction.CHANGED, plan.id(),
                "Recorded progress on priority " + priority.number() + " of " + plan.title() + " in " + year.label(),
                String.join(" | ", before), String.join(" | ", lines));
    }

    /** A priority's saved progress for a year, for its form: the narrative, the achievements and the version. */
    record SavedProgress(String narrative, List<String> achievements, Long version) {
    }

    SavedProgress savedProgress(long priorityId, ReportingYear year) {
        var progress = store.progress(List.of(priorityId), year.startYear()).get(priorityId);
        var achievements = store.achievements(List.of(priorityId), year.startYear()).getOrDefault(priorityId, List.of());
        return new SavedProgress(progress == null ? null : progress.narrative(), achievements,
                progress == null ? null : progress.version());
    }

    /** Progress against priorities in a year: the figures the yearly report uses, with the actions behind them. */
    ProgressPage progressPage(ReportingYear year) {
        var plan = store.covering(year.startYear()).orElse(null);
        if (plan == null) return new ProgressPage(year, null, List.of(), plannedYears(), edits.today());
        var priorities = store.priorities(plan.id());
        var objectives = store.objectivesOfPlan(plan.id());
        var lines = actions.linesOf(objectives);
        var facts = priorityFacts(priorities, objectives, lines, year);
        var versions = store.progress(priorities.stream().map(PriorityRecord::id).toList(), year.startYear());
        var byPriority = objectives.stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        var rows = new ArrayList<PriorityProgress>();
        for (int i = 0; i < priorities.size(); i++) {
            var p = priorities.get(i);
            var own = byPriority.getOrDefault(p.id(), List.of()).stream()
                    .flatMap(o -> lines.getOrDefault(o.id(), List.of()).stream()).toList();
            var saved = versions.get(p.id());
            rows.add(new PriorityProgress(p, facts.get(i), own, saved == null ? null : saved.version()));
        }
        return new ProgressPage(year, plan, rows, plannedYears(), edits.today());
    }

    /** The years any plan covers, with the current year, for choosing which year's progress to show. */
    private List<ReportingYear> plannedYears() {
        var years = new TreeSet<ReportingYear>();
        for (var p : store.plans()) years.addAll(p.years().years());
        years.add(ReportingYear.containing(edits.today()));
        return List.copyOf(years.descendingSet());
    }

    /** Each priority's progress in the year, in the plan's order, from its objectives' action lines. */
    List<PriorityFacts> priorityFacts(List<PriorityRecord> priorities, List<ObjectiveRecord> objectives,
            Map<Long, List<ActionLine>> lines, ReportingYear year) {
        var ids = priorities.stream().map(PriorityRecord::id).toList();
        var progress = store.progress(ids, year.startYear());
        var achievements = store.achievements(ids, year.startYear());
        var byPriority = objectives.stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        var result = new ArrayList<PriorityFacts>();
        for (var p : priorities) {
            var own = new ArrayList<Long>();
            var carried = new ArrayList<Long>();
            var overdue = new ArrayList<Long>();
            var byStatus = new EnumMap<ActionStatus, List<Long>>(ActionStatus.class);
            var byRag = new EnumMap<Rag, List<Long>>(Rag.class);
            for (var s : ActionStatus.values()) byStatus.put(s, new ArrayList<>());
            for (var r : Rag.values()) byRag.put(r, new ArrayList<>());
            var objectiveTitles = new ArrayList<String>();
            for (var o : byPriority.getOrDefault(p.id(), List.of())) {
                objectiveTitles.add(PlanRules.objectiveLabel(p.number(), o.number()) + " " + o.title());
                for (var line : lines.getOrDefault(o.id(), List.of())) {
                    var a = line.action();
                    if (line.carriedOut()) {
                        carried.add(a.id());
                        continue;
                    }
                    own.add(a.id());
                    byStatus.get(a.status()).add(a.id());
                    byRag.get(a.rag()).add(a.id());
                    if (a.overdue()) overdue.add(a.id());
                }
            }
            var saved = progress.get(p.id());
            result.add(new PriorityFacts(p.id(), p.number(), p.title(), p.lead(), objectiveTitles, own, byStatus, byRag,
                    overdue, carried, achievements.getOrDefault(p.id(), List.of()), saved == null ? null : saved.narrative()));
        }
        return result;
    }
}
