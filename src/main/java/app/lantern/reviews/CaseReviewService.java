package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.actions.SourceReference;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.TimescaleRule;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.WorkingDays;
import app.lantern.shared.WritesHistory;

/**
 * Case reviews: recording and changing them, their panel, milestones, findings, recommendations
 * (each raised as an action in the tracker) and publication. Every change first asks
 * {@link CaseReviewAccess}; the pages read reviews through {@link CaseReviewPages}. The public methods
 * are the module's API: recording reviews with their history for imports and demo data (no access
 * checks: their callers have decided).
 */
@Service
@Transactional(readOnly = true)
public class CaseReviewService {

    static final String RECORD_TYPE = "case_review";

    private final CaseReviewStore store;
    private final ReviewTypeStore types;
    private final ReviewAccess access;
    private final CaseReviewAccess caseAccess;
    private final ActionTracker tracker;
    private final ActivityLog activity;
    private final People people;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseReviewService(CaseReviewStore store, ReviewTypeStore types, ReviewAccess access, CaseReviewAccess caseAccess,
            ActionTracker tracker, ActivityLog activity, People people, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.types = types;
        this.access = access;
        this.caseAccess = caseAccess;
        this.tracker = tracker;
        this.activity = activity;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Whether the rapid review a form says this review follows exists (the form carries its id). */
    boolean rapidReviewExists(Long rapidReviewId) {
        return rapidReviewId == null || store.rapidReviewExists(rapidReviewId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String sourceId(long reviewId) {
        return "case-review-" + reviewId;
    }

    /** The review a tracker source id names, or null. */
    static Long reviewId(String sourceId) {
        return sourceId != null && sourceId.startsWith("case-review-") ? app.lantern.shared.FormValues.wholeNumber(sourceId.substring(12)) : null;
    }

    /**
     * What is wrong with planning a review decided on {@code decision} for publication on
     * {@code publication} (a year without bank holidays), or null when the plan can be made.
     */
    String planProblem(LocalDate decision, LocalDate publication) {
        try {
            plan(decision, publication);
            return null;
        } catch (WorkingDays.YearNotLoadedException e) {
            return e.getMessage();
        }
    }

    private java.util.Map<MilestonePlan, LocalDate> plan(LocalDate decision, LocalDate publication) {
        return CaseReviewRules.plan(decision, publication, calendar.workingDays(), calendar.rule(TimescaleRule.REPORT_BEFORE_PUBLICATION));
    }

    // --- changing

    /** Details of a review as its form gives them; {@code plannedPublication} null means "the type's default". */
    record Details(long typeId, String title, Long rapidReviewId, LocalDate decision, String termsOfReference, String reviewerName,
            LocalDate plannedPublication) {
    }

    @Transactional
    long create(Details d, CurrentPerson person) {
        access.requireChange(person, "Record a case review");
        return insert(d, person.id());
    }

    private long insert(Details d, Long by) {
        var type = types.find(d.typeId()).orElseThrow(() -> new IllegalArgumentException("No review type " + d.typeId()));
        LocalDate publication = d.plannedPublication() != null ? d.plannedPublication()
                : CaseReviewRules.plannedPublication(d.decision(), type.publicationMonths());
        var plan = plan(d.decision(), publication);
        String reference = store.nextReference(d.decision().getYear());
        long id = store.insert(reference, type.id(), d.title(), d.rapidReviewId(), d.decision(), d.termsOfReference(),
                d.reviewerName(), publication, OffsetDateTime.now(clock), by);
        plan.forEach((m, due) -> store.insertMilestone(id, m, due));
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Recorded case review " + reference, null, d.title());
        return id;
    }

    /** Changes a review's details; when the decision or planned publication moves, open standard milestones move with it. */
    @Transactional
    void change(long id, long version, Details d, CurrentPerson person) {
        var before = caseAccess.manageableCaseReview(id, person);
        LocalDate publication = d.plannedPublication() != null ? d.plannedPublication() : before.plannedPublication();
        if (!store.update(id, version, d.typeId(), d.title(), d.decision(), d.termsOfReference(), d.reviewerName(), publication))
            throw new OptimisticLockingFailureException("Case review " + id + " changed");
        if (!d.decision().equals(before.decisionDate()) || !publication.equals(before.plannedPublication())) replan(id, d.decision(), publication);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Changed case review " + before.reference(),
                before.title() + "; decided " + before.decisionDate() + "; publication planned " + before.plannedPublication(),
                d.title() + "; decided " + d.decision() + "; publication planned " + publication);
    }

    private void replan(long id, LocalDate decision, LocalDate publication) {
        var plan = plan(decision, publication);
        for (var m : store.milestones(id)) {
            var code = MilestonePlan.ofCode(m.code());
            if (code == null || m.done() || plan.get(code).equals(m.due())) continue;
            store.updateMilestone(m.id(), m.version(), plan.get(code), null);
        }
    }

    @Transactional
    void addPanelMember(long id, long personId, String role, CurrentPerson person) {
        var r = caseAccess.manageableCaseReview(id, person);
        store.addPanelMember(id, personId, role, OffsetDateTime.now(clock));
        String name = people.find(personId).map(p -> p.fullName()).orElse("person " + personId);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Named " + name + " on the panel of case review " + r.reference(),
                null, name + " (" + role + ")");
    }

    @Transactional
    void removePanelMember(long id, long memberId, CurrentPerson person) {
        var r = caseAccess.manageableCaseReview(id, person);
        var member = store.panel(id).stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> access.hidden("panel member " + memberId + " of case review " + r.reference()));
        store.removePanelMember(id, memberId);
        String name = people.find(member.personId()).map(p -> p.fullName()).orElse("person " + member.personId());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Removed " + name + " from the panel of case review "
                + r.reference(), name + " (" + member.role() + ")", null);
    }

    /**
     * Records a milestone's due date (business unit only: others' {@code due} is ignored) and the
     * day it was done (null: not done).
     */
    @Transactional
    void changeMilestone(long id, long milestoneId, long version, LocalDate due, LocalDate doneOn, CurrentPerson person) {
        var r = caseAccess.contributableCaseReview(id, person);
        var m = store.milestone(id, milestoneId).orElseThrow(() -> access.hidden("milestone " + milestoneId + " of case review " + r.reference()));
        LocalDate newDue = access.manages(person) && due != null ? due : m.due();
        if (!store.updateMilestone(milestoneId, version, newDue, doneOn))
            throw new OptimisticLockingFailureException("Milestone " + milestoneId + " changed");
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Updated milestone \"" + m.name() + "\" of case review " + r.reference(),
                "due " + m.due() + (m.done() ? ", done " + m.doneOn() : ", open"),
                "due " + newDue + (doneOn != null ? ", done " + doneOn : ", open"));
    }

    @Transactional
    int addFinding(long id, String body, CurrentPerson person) {
        var r = caseAccess.contributableCaseReview(id, person);
        int n = store.addFinding(id, body, OffsetDateTime.now(clock), person.fullName());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Recorded finding " + n + " of case review " + r.reference(), null, body);
        return n;
    }

    /** Adds a recommendation and raises it as an action in the tracker; returns the action's id. */
    @Transactional
    long addRecommendation(long id, String body, long ownerOrganisationId, LocalDate due, CurrentPerson person) {
        var r = caseAccess.manageableCaseReview(id, person);
        return recommend(r, body, ownerOrganisationId, due, today());
    }

    private long recommend(CaseReview r, String body, long ownerOrganisationId, LocalDate due, LocalDate madeOn) {
        int n = store.nextRecommendationNumber(r.id());
        var source = new SourceReference(ReviewActionSources.CASE_REVIEW, sourceId(r.id()), "Case review " + r.reference(), r.path());
        String title = r.reference() + " recommendation " + n + ": " + abbreviate(body, 240);
        long actionId = tracker.raise(new NewAction(source, title, body, ownerOrganisationId, null, due));
        store.insertRecommendation(r.id(), n, body, ownerOrganisationId, due, madeOn, actionId);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, r.id(), "Made recommendation " + n + " of case review " + r.reference(),
                null, body);
        return actionId;
    }

    /** The publication as its form gives it; a null report means "keep the stored one". */
    record Publication(LocalDate sentToPanelOn, LocalDate publishedOn, String publishedName, String reportLink, String reportFileName,
            byte[] report) {
    }

    /** Records the report's dates, name and file or link; the matching milestones are marked done on those dates. */
    @Transactional
    void recordPublication(long id, long version, Publication p, CurrentPerson person) {
        var r = caseAccess.manageableCaseReview(id, person);
        publish(r, version, p, person.id());
    }

    private void publish(CaseReview r, long version, Publication p, Long by) {
        if (!store.updatePublication(r.id(), version, p.sentToPanelOn(), p.publishedOn(), p.publishedName(), p.reportLink()))
            throw new OptimisticLockingFailureException("Case review " + r.id() + " changed");
        if (p.report() != null) store.saveReport(r.id(), p.reportFileName(), p.report(), OffsetDateTime.now(clock), by);
        for (var m : store.milestones(r.id())) {
            LocalDate done = MilestonePlan.REPORT_TO_PANEL.name().equals(m.code()) ? p.sentToPanelOn()
                    : MilestonePlan.PUBLICATION.name().equals(m.code()) ? p.publishedOn() : m.doneOn();
            if (!Objects.equals(done, m.doneOn())) store.updateMilestone(m.id(), m.version(), m.due(), done);
        }
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, r.id(), "Recorded the publication of case review " + r.reference(),
                "sent " + r.sentToPanelOn() + ", published " + r.publishedOn() + (r.publishedName() == null ? "" : " as " + r.publishedName()),
                "sent " + p.sentToPanelOn() + ", published " + p.publishedOn() + (p.publishedName() == null ? "" : " as " + p.publishedName())
                        + (p.report() != null ? ", report " + p.reportFileName() : ""));
    }

    // --- imports and demo data: reviews recorded with their history, without access checks

    /** Records a review of the named type, with its standard milestones; returns its id. */
    @Transactional
    @WritesHistory
    public long recordReview(String typeName, String title, LocalDate decision, String termsOfReference, String reviewerName,
            Long rapidReviewId) {
        var type = types.named(typeName).orElseThrow(() -> new IllegalArgumentException("No review type " + typeName));
        return insert(new Details(type.id(), title, rapidReviewId, decision, termsOfReference, reviewerName, null), null);
    }

    /** Names a person on a review's panel. */
    @Transactional
    @WritesHistory
    public void recordPanelMember(long reviewId, long personId, String role) {
        store.addPanelMember(reviewId, personId, role, OffsetDateTime.now(clock));
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, reviewId, "Named a panel member", null, role);
    }

    /** Revises when publication is planned (e.g. an extension the panel agreed); open standard milestones are planned again. */
    @Transactional
    @WritesHistory
    public void revisePlannedPublication(long reviewId, LocalDate publication) {
        var r = store.find(reviewId).orElseThrow(() -> new IllegalArgumentException("No case review " + reviewId));
        store.update(r.id(), r.version(), r.typeId(), r.title(), r.decisionDate(), r.termsOfReference(), r.reviewerName(), publication);
        replan(r.id(), r.decisionDate(), publication);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, r.id(), "Revised the planned publication of case review " + r.reference(),
                String.valueOf(r.plannedPublication()), String.valueOf(publication));
    }

    /** Sets a standard milestone's due date (null: keep it) and the day it was done (null: open). */
    @Transactional
    @WritesHistory
    public void recordMilestone(long reviewId, MilestonePlan step, LocalDate due, LocalDate doneOn) {
        var m = store.milestones(reviewId).stream().filter(x -> x.code().equals(step.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No milestone " + step));
        store.updateMilestone(m.id(), m.version(), due != null ? due : m.due(), doneOn);
    }

    /** Records a finding. */
    @Transactional
    @WritesHistory
    public void recordFinding(long reviewId, String body) {
        store.addFinding(reviewId, body, OffsetDateTime.now(clock), "Lantern");
    }

    /** Records a recommendation made on {@code madeOn}, raising its action; returns the action's id. */
    @Transactional
    @WritesHistory
    public long recordRecommendation(long reviewId, String body, long ownerOrganisationId, LocalDate due, LocalDate madeOn) {
        var r = store.find(reviewId).orElseThrow(() -> new IllegalArgumentException("No case review " + reviewId));
        return recommend(r, body, ownerOrganisationId, due, madeOn);
    }

    /** Records when the report went to the panel and Secretary of State, and its publication (either may be null). */
    @Transactional
    @WritesHistory
    public void recordPublication(long reviewId, LocalDate sentToPanelOn, LocalDate publishedOn, String publishedName, String reportLink) {
        var r = store.find(reviewId).orElseThrow(() -> new IllegalArgumentException("No case review " + reviewId));
        publish(r, r.version(), new Publication(sentToPanelOn, publishedOn, publishedName, reportLink, null, null), null);
    }

    private static String abbreviate(String s, int max) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "…";
    }
}
