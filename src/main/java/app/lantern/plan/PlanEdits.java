package app.lantern.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/**
 * The steps every change to a business plan goes through, whichever part of it changes: the
 * business unit's rule, the plan's row locked (so a change and an approval never cross), its
 * version raised (so a partner lead approves exactly the plan they read), the change written to
 * an open revision's history, and the activity log.
 */
@Component
class PlanEdits {

    static final String RECORD_TYPE = "Business plan";

    private final PlanStore store;
    private final Access access;
    private final ActivityLog activity;
    private final Clock clock;

    PlanEdits(PlanStore store, Access access, ActivityLog activity, Clock clock) {
        this.store = store;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    /** Writing plans and progress is the business unit's job (and administrators'): refused and logged otherwise. */
    void mayEdit(String what) {
        access.require(Rule.RUNS_PARTNERSHIP, what);
    }

    /** Reads the plan and locks its row until the transaction ends. */
    PlanRecord lock(long planId) {
        return store.lock(planId).orElseThrow(RecordNotFoundException::new);
    }

    /** Locks the plan and checks it may be changed: a draft, or an approved plan with a revision open. */
    PlanRecord lockEditable(long planId) {
        var plan = lock(planId);
        if (!plan.status().editable())
            throw new PlanService.NotAllowed("This plan has been approved: start a revision, with the reason, to change it");
        return plan;
    }

    /** Any change to a plan's content raises its version: an approval is of the plan as the approver read it. */
    void touch(PlanRecord plan) {
        store.touch(plan.id());
    }

    /** While a revision is open, every change is written to its history ({@code what} null: nothing changed). */
    void recordRevisionChange(PlanRecord plan, CurrentPerson who, String what) {
        if (what == null || plan.status() != PlanStatus.REVISING) return;
        store.openRevision(plan.id()).ifPresent(r -> store.addChange(r.id(), now(), who.id(), who.fullName(), what));
    }

    void logged(ActivityAction action, long planId, String summary, String before, String after) {
        activity.recordChange(action, RECORD_TYPE, planId, summary, before, after);
    }

    /** The years asked for must not be covered by another plan: a year has one business plan. */
    void checkYearsFree(PlanYears years, Long exceptId) {
        var taken = store.overlapping(years, exceptId);
        if (!taken.isEmpty()) {
            var other = taken.get(0);
            throw new PlanService.YearsTaken("“" + other.title() + "” already covers " + other.years().label()
                    + ": a year can have only one business plan");
        }
    }

    static OptimisticLockingFailureException stale(String what) {
        return new OptimisticLockingFailureException(what + " was changed by someone else");
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The day, where the partnership is, that a moment fell on. */
    LocalDate dateOf(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
