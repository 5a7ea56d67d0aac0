package app.lantern.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionSummary;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.actions.SourceKind;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.shared.Role;
import app.lantern.plan.PlanRecords.Carried;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.plan.PlanRecords.RevisionRecord;
import app.lantern.plan.PlanRules.Field;
import app.lantern.plan.PlanViews.ActionLine;
import app.lantern.plan.PlanViews.ObjectiveView;
import app.lantern.plan.PlanViews.PlanLink;
import app.lantern.plan.PlanViews.PlanPage;
import app.lantern.plan.PlanViews.PlanRow;
import app.lantern.plan.PlanViews.PriorityProgress;
import app.lantern.plan.PlanViews.PriorityView;
import app.lantern.plan.PlanViews.ProgressPage;
import app.lantern.plan.PlanViews.RevisionView;
import app.lantern.shared.Rag;
import app.lantern.shared.ReportingYear;

/**
 * The business plan: one method per thing a person does, and the facts the yearly report reads.
 * <p>
 * Who may do what is decided here as well as on the handlers: the business unit and
 * administrators write plans and progress; safeguarding partner leads approve plans and their
 * revisions; everyone signed in reads them. Every change locks the plan's row first, so a change
 * and an approval never cross, and raises the plan's version, so a partner lead approves exactly
 * the plan they read. Changes made while a revision is open are written to that revision's history.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    static final String RECORD_TYPE = "Business plan";
    static final int MAX_ACHIEVEMENTS = 30;

    /** The years asked for are already covered by another plan. */
    public static final class YearsTaken extends RuntimeException {
        YearsTaken(String message) {
            super(message);
        }
    }

    /** What was asked cannot be done to the plan as it is now; the message says why, for the person. */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    private final PlanStore store;
    private final ActionTracker tracker;
    private final ActivityLog activity;
    private final OrganisationDirectory organisations;
    private final People people;
    private final Clock clock;

    PlanService(PlanStore store, ActionTracker tracker, ActivityLog activity, OrganisationDirectory organisations, People people,
            Clock clock) {
        this.store = store;
        this.tracker = tracker;
        this.activity = activity;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    // ---- access -------------------------------------------------------------------------------

    /** Writing plans and progress is the business unit's job (and administrators'). */
    public boolean mayEdit(CurrentPerson who) {
        return who.runsPartnership();
    }

    /** Approving a plan or a revision is for the safeguarding partner leads. */
    public boolean mayApprove(CurrentPerson who) {
        return who.has(Role.PARTNER_LEAD);
    }

    void checkMayEdit(CurrentPerson who) {
        if (!mayEdit(who)) throw new AccessDeniedException("Only the business unit may change business plans");
    }

    void checkMayApprove(CurrentPerson who) {
        if (!mayApprove(who)) throw new AccessDeniedException("Only a safeguarding partner lead may approve a business plan");
    }

    // ---- the plan -----------------------------------------------------------------------------

    @Transactional
    public long create(PlanDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var clean = PlanInput.plan(details);
        var years = PlanYears.of(clean.firstYear(), clean.years());
        checkYearsFree(years, null);
        long id = store.insertPlan(clean.title(), years, clean.summary(), null, now(), who.id());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Created business plan " + clean.title(), null,
                store.plan(id).orElseThrow().describe());
        return id;
    }

    @Transactional
    public void updateDetails(long planId, long version, PlanDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var clean = PlanInput.plan(details);
        var years = PlanYears.of(clean.firstYear(), clean.years());
        checkYearsFree(years, planId);
        if (!store.updatePlan(planId, version, clean.title(), years, clean.summary())) throw stale("Plan " + planId);
        recordRevisionChange(plan, who, PlanRules.describeChange("Plan details", List.of(
                new Field("title", plan.title(), clean.title()),
                new Field("years", plan.years().label(), years.label()),
                new Field("summary", plan.summary(), clean.summary()))));
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Changed business plan " + clean.title(),
                plan.describe(), store.plan(planId).orElseThrow().describe());
    }

    private void checkYearsFree(PlanYears years, Long exceptId) {
        var taken = store.overlapping(years, exceptId);
        if (!taken.isEmpty()) {
            var other = taken.get(0);
            throw new YearsTaken("“" + other.title() + "” already covers " + other.years().label()
                    + ": a year can have only one business plan");
        }
    }

    // ---- priorities ---------------------------------------------------------------------------

    @Transactional
    public long addPriority(long planId, PriorityDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var clean = PlanInput.priority(details);
        int number = PlanRules.nextNumber(store.priorities(planId).stream().map(PriorityRecord::number).toList());
        long id = store.insertPriority(planId, number, clean, null);
        touch(plan);
        recordRevisionChange(plan, who, "Added priority " + number + ": " + clean.title());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, planId, "Added priority " + number + " to " + plan.title(), null,
                clean.title());
        return id;
    }

    @Transactional
    public void updatePriority(long planId, long priorityId, long version, PriorityDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var before = priorityOf(plan, priorityId);
        var clean = PlanInput.priority(details);
        if (!store.updatePriority(priorityId, version, clean)) throw stale("Priority " + priorityId);
        touch(plan);
        recordRevisionChange(plan, who, PlanRules.describeChange("Priority " + before.number(), List.of(
                new Field("title", before.title(), clean.title()),
                new Field("why it matters", before.whyItMatters(), clean.whyItMatters()),
                new Field("lead", before.lead(), clean.lead()))));
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Changed priority " + before.number() + " of " + plan.title(),
                before.describe(), store.priority(priorityId).orElseThrow().describe());
    }

    /** A priority can be removed while the plan is editable, unless actions were raised against its objectives. */
    @Transactional
    public void removePriority(long planId, long priorityId, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var priority = priorityOf(plan, priorityId);
        var objectives = store.objectivesOf(priorityId);
        for (var o : objectives) {
            if (hasActions(o)) throw new NotAllowed("Priority " + priority.number() + " cannot be removed: objective "
                    + PlanRules.objectiveLabel(priority.number(), o.number()) + " has actions in the tracker");
        }
        for (var o : objectives) store.deleteObjective(o.id());
        store.deletePriority(priorityId);
        var rest = store.priorities(planId);
        var numbers = PlanRules.closeUp(rest.stream().map(PriorityRecord::number).toList());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).number() != numbers.get(i)) store.renumberPriority(rest.get(i).id(), numbers.get(i));
        }
        touch(plan);
        recordRevisionChange(plan, who, "Removed priority " + priority.number() + ": " + priority.title()
                + (rest.size() >= priority.number() ? " (the priorities after it were renumbered)" : ""));
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Removed priority " + priority.number() + " from " + plan.title(),
                priority.describe(), null);
    }

    // ---- objectives ---------------------------------------------------------------------------

    @Transactional
    public long addObjective(long planId, long priorityId, ObjectiveDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var priority = priorityOf(plan, priorityId);
        var clean = PlanInput.objective(details);
        int number = PlanRules.nextNumber(store.objectivesOf(priorityId).stream().map(ObjectiveRecord::number).toList());
        long id = store.insertObjective(priorityId, number, clean, null);
        touch(plan);
        String label = PlanRules.objectiveLabel(priority.number(), number);
        recordRevisionChange(plan, who, "Added objective " + label + ": " + clean.title());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, planId, "Added objective " + label + " to " + plan.title(), null,
                clean.title());
        return id;
    }

    @Transactional
    public void updateObjective(long planId, long objectiveId, long version, ObjectiveDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var before = objectiveOf(plan, objectiveId);
        var priority = store.priority(before.priorityId()).orElseThrow();
        var clean = PlanInput.objective(details);
        if (!store.updateObjective(objectiveId, version, clean)) throw stale("Objective " + objectiveId);
        touch(plan);
        String label = PlanRules.objectiveLabel(priority.number(), before.number());
        recordRevisionChange(plan, who, PlanRules.describeChange("Objective " + label, List.of(
                new Field("title", before.title(), clean.title()),
                new Field("what difference children will see", before.difference(), clean.difference()))));
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Changed objective " + label + " of " + plan.title(),
                before.describe(), store.objective(objectiveId).orElseThrow().describe());
    }

    /** An objective can be removed while the plan is editable, unless actions were raised against it. */
    @Transactional
    public void removeObjective(long planId, long objectiveId, CurrentPerson who) {
        checkMayEdit(who);
        var plan = editablePlan(planId);
        var objective = objectiveOf(plan, objectiveId);
        var priority = store.priority(objective.priorityId()).orElseThrow();
        String label = PlanRules.objectiveLabel(priority.number(), objective.number());
        if (hasActions(objective)) throw new NotAllowed("Objective " + label + " cannot be removed: it has actions in the tracker");
        store.deleteObjective(objectiveId);
        var rest = store.objectivesOf(priority.id());
        var numbers = PlanRules.closeUp(rest.stream().map(ObjectiveRecord::number).toList());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).number() != numbers.get(i)) store.renumberObjective(rest.get(i).id(), numbers.get(i));
        }
        touch(plan);
        recordRevisionChange(plan, who, "Removed objective " + label + ": " + objective.title());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Removed objective " + label + " from " + plan.title(),
                objective.describe(), null);
    }

    private boolean hasActions(ObjectiveRecord o) {
        return !tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, PlanRules.sourceId(o.id())).isEmpty() || store.anyCarried(o.id());
    }

    // ---- approval and revision ----------------------------------------------------------------

    /**
     * A partner lead approves the draft, or the revised plan when a revision is open. {@code version}
     * is the plan's version when they read it: if anything changed since, they are asked to read it again.
     */
    @Transactional
    public void approve(long planId, long version, PlanApproval approval, CurrentPerson who) {
        checkMayApprove(who);
        var plan = store.lock(planId).orElseThrow(PlanService::notFound);
        if (plan.status() == PlanStatus.APPROVED) throw new NotAllowed("This plan is already approved");
        if (plan.version() != version) throw stale("Plan " + planId);
        if (approval.on() == null) throw new IllegalArgumentException("Enter the date the plan was approved");
        if (approval.on().isAfter(today())) throw new NotAllowed("The date approved must be today or in the past");
        var problems = PlanRules.approvalProblems(outline(planId));
        if (!problems.isEmpty()) throw new NotAllowed(String.join(". ", problems));
        String note = PlanInput.optional(approval.note(), 500, "The note");
        if (plan.status() == PlanStatus.DRAFT) {
            if (!store.approvePlan(planId, version, approval.on(), who.id(), who.fullName(), note, now())) throw stale("Plan " + planId);
            activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Approved business plan " + plan.title(),
                    PlanStatus.DRAFT.label(), PlanStatus.APPROVED.label() + " on " + approval.on());
            return;
        }
        var revision = store.openRevision(planId).orElseThrow(() -> new IllegalStateException("No open revision of plan " + planId));
        if (approval.on().isBefore(revision.startedAt().atZoneSameInstant(clock.getZone()).toLocalDate()))
            throw new NotAllowed("The date approved cannot be before the revision was started");
        store.approveRevision(revision.id(), approval.on(), who.id(), who.fullName(), note);
        if (!store.setStatus(planId, version, PlanStatus.REVISING, plan.status().approve(), revision.number())) throw stale("Plan " + planId);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId,
                "Approved revision " + revision.number() + " of business plan " + plan.title(), PlanStatus.REVISING.label(),
                PlanStatus.APPROVED.label() + " on " + approval.on());
    }

    /** Opens a revision of an approved plan, saying why; until a partner lead approves it, changes are recorded against it. */
    @Transactional
    public int startRevision(long planId, long version, String reason, CurrentPerson who) {
        checkMayEdit(who);
        var plan = store.lock(planId).orElseThrow(PlanService::notFound);
        PlanStatus next;
        try {
            next = plan.status().startRevision();
        } catch (IllegalStateException e) {
            throw new NotAllowed(e.getMessage());
        }
        if (plan.version() != version) throw stale("Plan " + planId);
        String why = PlanInput.required(reason, 2000, "the reason for the revision");
        int number = plan.revision() + 1;
        store.insertRevision(planId, number, why, now(), who.id(), who.fullName());
        if (!store.setStatus(planId, version, plan.status(), next, plan.revision())) throw stale("Plan " + planId);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, planId, "Started revision " + number + " of business plan " + plan.title(),
                null, why);
        return number;
    }

    private List<PlanRules.Outline> outline(long planId) {
        var counts = store.objectivesOfPlan(planId).stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId, Collectors.counting()));
        return store.priorities(planId).stream()
                .map(p -> new PlanRules.Outline(p.number(), counts.getOrDefault(p.id(), 0L).intValue())).toList();
    }

    // ---- the next plan ------------------------------------------------------------------------

    /**
     * Starts the plan that follows an approved one: a draft for the {@code years} reporting years
     * after it, with its priorities and objectives copied, and each objective's unfinished actions
     * carried forward to the copy. Completed and closed actions stay with the plan they belonged to.
     */
    @Transactional
    public StartedPlan startNext(long planId, String title, int years, CurrentPerson who) {
        checkMayEdit(who);
        var from = store.lock(planId).orElseThrow(PlanService::notFound);
        if (!from.status().everApproved()) throw new NotAllowed("Approve this plan before starting the next one from it");
        if (years < 1 || years > 3) throw new IllegalArgumentException("Choose how many years the new plan covers");
        var newYears = from.years().following(years);
        String cleanTitle = PlanInput.required(title, 200, "the new plan's title");
        checkYearsFree(newYears, null);
        var now = now();
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
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, newId, "Started business plan " + cleanTitle + " from " + from.title()
                + "; " + carried + " unfinished action" + (carried == 1 ? "" : "s") + " carried forward", null,
                store.plan(newId).orElseThrow().describe());
        return new StartedPlan(newId, carried);
    }

    /** The title a new plan for these years would have by default. */
    static String defaultTitle(PlanYears years) {
        return "Business plan " + years.label();
    }

    // ---- actions ------------------------------------------------------------------------------

    /**
     * Raises an action in the tracker against an objective. Due dates are not checked against today
     * here (a plan's history may be recorded after the fact); the plan's form refuses past dates.
     */
    @Transactional
    public long raiseAction(long planId, long objectiveId, PlanActionDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var plan = store.plan(planId).orElseThrow(PlanService::notFound);
        var objective = objectiveOf(plan, objectiveId);
        var priority = store.priority(objective.priorityId()).orElseThrow();
        var successor = store.startedFrom(planId);
        if (successor.isPresent())
            throw new NotAllowed("“" + plan.title() + "” has been followed by “" + successor.get().title() + "”: add the action to that plan");
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

    // ---- progress -----------------------------------------------------------------------------

    /**
     * Saves a priority's achievements and narrative for a year of its plan. {@code version} is null
     * when none were saved before; if someone saved them meanwhile, the save is refused as stale.
     */
    @Transactional
    public void saveProgress(long priorityId, ReportingYear year, Long version, ProgressDetails details, CurrentPerson who) {
        checkMayEdit(who);
        var priority = store.priority(priorityId).orElseThrow(PlanService::notFound);
        var plan = store.lock(priority.planId()).orElseThrow(PlanService::notFound);
        if (!plan.covers(year)) throw new NotAllowed("“" + plan.title() + "” does not cover " + year.label());
        String narrative = PlanInput.optional(details.narrative(), 6000, "The narrative");
        var lines = PlanInput.achievements(details.achievements());
        if (lines.size() > MAX_ACHIEVEMENTS) throw new IllegalArgumentException("List at most " + MAX_ACHIEVEMENTS + " achievements");
        var before = store.achievements(List.of(priorityId), year.startYear()).getOrDefault(priorityId, List.of());
        if (!store.saveProgress(priorityId, year.startYear(), version, narrative, now(), who.id()))
            throw stale("Progress on priority " + priorityId);
        store.replaceAchievements(priorityId, year.startYear(), lines);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, plan.id(),
                "Recorded progress on priority " + priority.number() + " of " + plan.title() + " in " + year.label(),
                String.join(" | ", before), String.join(" | ", lines));
    }

    // ---- reading ------------------------------------------------------------------------------

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

    /** Whether the plan has been followed by another (its actions now belong there). */
    boolean followed(long planId) {
        return store.startedFrom(planId).isPresent();
    }

    PlanRecord planOrNotFound(long id) {
        return store.plan(id).orElseThrow(PlanService::notFound);
    }

    PriorityRecord priority(long planId, long priorityId) {
        return priorityOf(planOrNotFound(planId), priorityId);
    }

    ObjectiveRecord objective(long planId, long objectiveId) {
        return objectiveOf(planOrNotFound(planId), objectiveId);
    }

    /** The plan's page: its priorities, objectives and their actions, and its revision history. */
    PlanPage planPage(long id) {
        var plan = planOrNotFound(id);
        var priorities = store.priorities(id);
        var objectives = store.objectivesOfPlan(id);
        var lines = actionLines(objectives);
        var byPriority = objectives.stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        var views = new ArrayList<PriorityView>();
        int actionCount = 0;
        for (var p : priorities) {
            var objectiveViews = new ArrayList<ObjectiveView>();
            for (var o : byPriority.getOrDefault(p.id(), List.of())) {
                var actions = lines.getOrDefault(o.id(), List.of());
                actionCount += actions.size();
                objectiveViews.add(new ObjectiveView(o, PlanRules.objectiveLabel(p.number(), o.number()), actions));
            }
            views.add(new PriorityView(p, objectiveViews));
        }
        var changes = store.changes(id).stream().collect(Collectors.groupingBy(PlanRecords.RevisionChange::revisionId));
        var revisions = store.revisions(id).stream()
                .map(r -> new RevisionView(r, changes.getOrDefault(r.id(), List.of()))).toList();
        var startedFrom = plan.startedFrom() == null ? null : store.plan(plan.startedFrom()).map(PlanService::link).orElse(null);
        var continuedIn = store.startedFrom(id).map(PlanService::link).orElse(null);
        return new PlanPage(plan, views, revisions, startedFrom, continuedIn, actionCount);
    }

    private static PlanLink link(PlanRecord p) {
        return new PlanLink(p.id(), p.title(), p.years().label());
    }

    /** The years any plan covers, with the current year, for choosing which year's progress to show. */
    List<ReportingYear> plannedYears() {
        var years = new java.util.TreeSet<ReportingYear>();
        for (var p : store.plans()) years.addAll(p.years().years());
        years.add(ReportingYear.containing(today()));
        return List.copyOf(years.descendingSet());
    }

    ReportingYear currentYear() {
        return ReportingYear.containing(today());
    }

    /** Progress against priorities in a year: the figures the yearly report will use, with the actions behind them. */
    ProgressPage progressPage(ReportingYear year) {
        var plan = store.covering(year.startYear()).orElse(null);
        if (plan == null) return new ProgressPage(year, null, List.of(), plannedYears(), today());
        var priorities = store.priorities(plan.id());
        var objectives = store.objectivesOfPlan(plan.id());
        var lines = actionLines(objectives);
        var facts = priorityFacts(plan, priorities, objectives, lines, year);
        var versions = store.progress(priorities.stream().map(PriorityRecord::id).toList(), year.startYear());
        var byPriority = objectives.stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        var rows = new ArrayList<PriorityProgress>();
        for (int i = 0; i < priorities.size(); i++) {
            var p = priorities.get(i);
            var actions = byPriority.getOrDefault(p.id(), List.of()).stream()
                    .flatMap(o -> lines.getOrDefault(o.id(), List.of()).stream()).toList();
            var saved = versions.get(p.id());
            rows.add(new PriorityProgress(p, facts.get(i), actions, saved == null ? null : saved.version()));
        }
        return new ProgressPage(year, plan, rows, plannedYears(), today());
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

    PriorityRecord priorityOrNotFound(long priorityId) {
        return store.priority(priorityId).orElseThrow(PlanService::notFound);
    }

    /**
     * The facts the yearly report reads for a year: the plan that covered it and, per priority, its
     * actions by status and rating, the ones carried forward, the achievements and the narrative.
     */
    public PlanFacts factsFor(ReportingYear year) {
        var plan = store.covering(year.startYear()).orElse(null);
        if (plan == null) return PlanFacts.none(year);
        var priorities = store.priorities(plan.id());
        var objectives = store.objectivesOfPlan(plan.id());
        var facts = priorityFacts(plan, priorities, objectives, actionLines(objectives), year);
        return new PlanFacts(year, plan.id(), plan.title(), plan.years().label(), plan.status().everApproved(), facts);
    }

    private List<PlanFacts.PriorityFacts> priorityFacts(PlanRecord plan, List<PriorityRecord> priorities,
            List<ObjectiveRecord> objectives, Map<Long, List<ActionLine>> lines, ReportingYear year) {
        var ids = priorities.stream().map(PriorityRecord::id).toList();
        var progress = store.progress(ids, year.startYear());
        var achievements = store.achievements(ids, year.startYear());
        var byPriority = objectives.stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId));
        var result = new ArrayList<PlanFacts.PriorityFacts>();
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
            result.add(new PlanFacts.PriorityFacts(p.id(), p.number(), p.title(), p.lead(), objectiveTitles, own, byStatus, byRag,
                    overdue, carried, achievements.getOrDefault(p.id(), List.of()), saved == null ? null : saved.narrative()));
        }
        return result;
    }

    /**
     * Each objective's actions: those raised against it (or carried in to it), and those carried
     * forward from it to the next plan, as they stand now wherever they went.
     */
    private Map<Long, List<ActionLine>> actionLines(List<ObjectiveRecord> objectives) {
        var ids = objectives.stream().map(ObjectiveRecord::id).toList();
        var own = tracker.actionsOf(PlanActionSource.BUSINESS_PLAN, sourceIds(ids));
        var carried = store.carriedTouching(ids);
        var idSet = Set.copyOf(ids);
        var carriedIn = new HashMap<Long, Carried>();
        var carriedOut = new LinkedHashMap<Long, Carried>();
        for (var c : carried) {
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
            list.sort(java.util.Comparator.comparing((ActionLine l) -> l.action().due()).thenComparing(l -> l.action().id()));
            lines.put(o.id(), list);
        }
        return lines;
    }

    private static List<String> sourceIds(Collection<Long> objectiveIds) {
        return objectiveIds.stream().map(PlanRules::sourceId).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Locks the plan and checks it may be changed: a draft, or an approved plan with a revision open. */
    private PlanRecord editablePlan(long planId) {
        var plan = store.lock(planId).orElseThrow(PlanService::notFound);
        if (!plan.status().editable())
            throw new NotAllowed("This plan has been approved: start a revision, with the reason, to change it");
        return plan;
    }

    private PriorityRecord priorityOf(PlanRecord plan, long priorityId) {
        return store.priority(priorityId).filter(p -> p.planId() == plan.id()).orElseThrow(PlanService::notFound);
    }

    private ObjectiveRecord objectiveOf(PlanRecord plan, long objectiveId) {
        var objective = store.objective(objectiveId).orElseThrow(PlanService::notFound);
        store.priority(objective.priorityId()).filter(p -> p.planId() == plan.id()).orElseThrow(PlanService::notFound);
        return objective;
    }

    /** Any change to a plan's content raises its version: an approval is of the plan as the approver read it. */
    private void touch(PlanRecord plan) {
        store.touch(plan.id());
    }

    private void recordRevisionChange(PlanRecord plan, CurrentPerson who, String what) {
        if (what == null || plan.status() != PlanStatus.REVISING) return;
        store.openRevision(plan.id()).ifPresent(r -> store.addChange(r.id(), now(), who.id(), who.fullName(), what));
    }

    private static OptimisticLockingFailureException stale(String what) {
        return new OptimisticLockingFailureException(what + " was changed by someone else");
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- for imports, demo data and tests: a plan's ids as people number them ----------------------

    /** The plan's version now: what {@link #approve} and {@link #startRevision} expect. */
    public long version(long planId) {
        return planOrNotFound(planId).version();
    }

    /** The plan's priority ids by number ("1", "2", …). */
    public Map<String, Long> priorityIds(long planId) {
        var ids = new LinkedHashMap<String, Long>();
        for (var p : store.priorities(planId)) ids.put(String.valueOf(p.number()), p.id());
        return ids;
    }

    /** The plan's objective ids by label ("1.1", "2.3", …). */
    public Map<String, Long> objectiveIds(long planId) {
        var numbers = new HashMap<Long, Integer>();
        store.priorities(planId).forEach(p -> numbers.put(p.id(), p.number()));
        var ids = new LinkedHashMap<String, Long>();
        for (var o : store.objectivesOfPlan(planId)) ids.put(PlanRules.objectiveLabel(numbers.get(o.priorityId()), o.number()), o.id());
        return ids;
    }

    /** Revisions of a plan, for tests and the history. */
    List<RevisionRecord> revisions(long planId) {
        return store.revisions(planId);
    }
}
