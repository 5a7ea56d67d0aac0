package app.lantern.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.Access;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRules.Field;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import app.lantern.shared.WritesHistory;

/**
 * The business plan's life: drafted, approved by a safeguarding partner lead, revised on the
 * record and approved again. This is the module's API for other modules (demo data): the other
 * things a person does to a plan are in {@link PlanContents}, {@link PlanActions},
 * {@link PlanProgress} and {@link NextPlan}, and the few of them demo data needs are reached
 * through here.
 * <p>
 * Every change locks the plan's row first and raises its version ({@link PlanEdits}); changes
 * made while a revision is open are written to that revision's history.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

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
    private final PlanEdits edits;
    private final Access access;
    private final PlanContents contents;
    private final PlanActions actions;
    private final PlanProgress progress;
    private final NextPlan nextPlan;

    PlanService(PlanStore store, PlanEdits edits, Access access, PlanContents contents, PlanActions actions,
            PlanProgress progress, NextPlan nextPlan) {
        this.store = store;
        this.edits = edits;
        this.access = access;
        this.contents = contents;
        this.actions = actions;
        this.progress = progress;
        this.nextPlan = nextPlan;
    }

    @Transactional
    public long create(PlanDetails details, CurrentPerson who) {
        edits.mayEdit("Create a business plan");
        var clean = PlanInput.plan(details);
        var years = PlanYears.of(clean.firstYear(), clean.years());
        edits.checkYearsFree(years, null);
        long id = store.insertPlan(clean.title(), years, clean.summary(), null, edits.now(), who.id());
        edits.logged(ActivityAction.CREATED, id, "Created business plan " + clean.title(), null, store.plan(id).orElseThrow().describe());
        return id;
    }

    @Transactional
    public void updateDetails(long planId, long version, PlanDetails details, CurrentPerson who) {
        edits.mayEdit("Change business plan " + planId);
        var plan = edits.lockEditable(planId);
        var clean = PlanInput.plan(details);
        var years = PlanYears.of(clean.firstYear(), clean.years());
        edits.checkYearsFree(years, planId);
        if (!store.updatePlan(planId, version, clean.title(), years, clean.summary())) throw PlanEdits.stale("Plan " + planId);
        edits.recordRevisionChange(plan, who, PlanRules.describeChange("Plan details", List.of(
                new Field("title", plan.title(), clean.title()),
                new Field("years", plan.years().label(), years.label()),
                new Field("summary", plan.summary(), clean.summary()))));
        edits.logged(ActivityAction.CHANGED, planId, "Changed business plan " + clean.title(),
                plan.describe(), store.plan(planId).orElseThrow().describe());
    }

    /**
     * A partner lead approves the draft, or the revised plan when a revision is open. {@code version}
     * is the plan's version when they read it: if anything changed since, they are asked to read it again.
     */
    @Transactional
    public void approve(long planId, long version, PlanApproval approval, CurrentPerson who) {
        access.require(Rule.APPROVES_PLANS, "Approve business plan " + planId);
        var plan = edits.lock(planId);
        if (plan.status() == PlanStatus.APPROVED) throw new NotAllowed("This plan is already approved");
        if (plan.version() != version) throw PlanEdits.stale("Plan " + planId);
        if (approval.on() == null) throw new IllegalArgumentException("Enter the date the plan was approved");
        if (approval.on().isAfter(edits.today())) throw new NotAllowed("The date approved must be today or in the past");
        var problems = PlanRules.approvalProblems(outline(planId));
        if (!problems.isEmpty()) throw new NotAllowed(String.join(". ", problems));
        String note = PlanInput.optional(approval.note(), 500, "The note");
        if (plan.status() == PlanStatus.DRAFT) {
            if (!store.approvePlan(planId, version, approval.on(), who.id(), who.fullName(), note, edits.now()))
                throw PlanEdits.stale("Plan " + planId);
            edits.logged(ActivityAction.CHANGED, planId, "Approved business plan " + plan.title(),
                    PlanStatus.DRAFT.label(), PlanStatus.APPROVED.label() + " on " + approval.on());
            return;
        }
        var revision = store.openRevision(planId).orElseThrow(() -> new IllegalStateException("No open revision of plan " + planId));
        if (approval.on().isBefore(edits.dateOf(revision.startedAt())))
            throw new NotAllowed("The date approved cannot be before the revision was started");
        store.approveRevision(revision.id(), approval.on(), who.id(), who.fullName(), note);
        if (!store.setStatus(planId, version, PlanStatus.REVISING, plan.status().approve(), revision.number()))
            throw PlanEdits.stale("Plan " + planId);
        edits.logged(ActivityAction.CHANGED, planId, "Approved revision " + revision.number() + " of business plan " + plan.title(),
                PlanStatus.REVISING.label(), PlanStatus.APPROVED.label() + " on " + approval.on());
    }

    /** Opens a revision of an approved plan, saying why; until a partner lead approves it, changes are recorded against it. */
    @Transactional
    public int startRevision(long planId, long version, String reason, CurrentPerson who) {
        edits.mayEdit("Start a revision of business plan " + planId);
        var plan = edits.lock(planId);
        PlanStatus next;
        try {
            next = plan.status().startRevision();
        } catch (IllegalStateException e) {
            throw new NotAllowed(e.getMessage());
        }
        if (plan.version() != version) throw PlanEdits.stale("Plan " + planId);
        String why = PlanInput.required(reason, 2000, "the reason for the revision");
        int number = plan.revision() + 1;
        store.insertRevision(planId, number, why, edits.now(), who.id(), who.fullName());
        if (!store.setStatus(planId, version, plan.status(), next, plan.revision())) throw PlanEdits.stale("Plan " + planId);
        edits.logged(ActivityAction.CHANGED, planId, "Started revision " + number + " of business plan " + plan.title(), null, why);
        return number;
    }

    private List<PlanRules.Outline> outline(long planId) {
        var counts = store.objectivesOfPlan(planId).stream().collect(Collectors.groupingBy(ObjectiveRecord::priorityId, Collectors.counting()));
        return store.priorities(planId).stream()
                .map(p -> new PlanRules.Outline(p.number(), counts.getOrDefault(p.id(), 0L).intValue())).toList();
    }

    // Demo data writes the plan through these, as the business unit would through the pages.

    @Transactional
    public long addPriority(long planId, PriorityDetails details, CurrentPerson who) {
        return contents.addPriority(planId, details, who);
    }

    @Transactional
    public void updatePriority(long planId, long priorityId, long version, PriorityDetails details, CurrentPerson who) {
        contents.updatePriority(planId, priorityId, version, details, who);
    }

    @Transactional
    public long addObjective(long planId, long priorityId, ObjectiveDetails details, CurrentPerson who) {
        return contents.addObjective(planId, priorityId, details, who);
    }

    @Transactional
    public StartedPlan startNext(long planId, String title, int years, CurrentPerson who) {
        return nextPlan.startNext(planId, title, years, who);
    }

    /** An action as given, however long ago it fell due: the plan's history recorded after the fact. */
    @WritesHistory
    @Transactional
    public long raiseAction(long planId, long objectiveId, PlanActionDetails details, CurrentPerson who) {
        return actions.recordAction(planId, objectiveId, details, who);
    }

    /** Progress for a year long past, as the business unit recorded it then. */
    @WritesHistory
    @Transactional
    public void saveProgress(long priorityId, ReportingYear year, Long version, ProgressDetails details, CurrentPerson who) {
        progress.saveProgress(priorityId, year, version, details, who);
    }

    // A plan's ids as people number them, for demo data and tests.

    /** The plan's version now: what {@link #approve} and {@link #startRevision} expect. */
    public long version(long planId) {
        return store.plan(planId).orElseThrow(RecordNotFoundException::new).version();
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
}
