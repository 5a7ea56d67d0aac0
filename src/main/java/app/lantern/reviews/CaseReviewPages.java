package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionSummary;
import app.lantern.actions.ActionTracker;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;

/**
 * Case reviews as their pages show them. Every method that returns a review's material to a person
 * first asks {@link CaseReviewAccess} (404 to anyone who may not see it, 403 to a reader for a form
 * they may not use) and writes the read to the activity log.
 */
@Service
@Transactional(readOnly = true)
class CaseReviewPages {

    private static final String RECORD_TYPE = CaseReviewService.RECORD_TYPE;

    private final CaseReviewStore store;
    private final ReviewTypeStore types;
    private final ReviewAccess access;
    private final CaseReviewAccess caseAccess;
    private final ActionTracker tracker;
    private final People people;
    private final OrganisationDirectory organisations;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseReviewPages(CaseReviewStore store, ReviewTypeStore types, ReviewAccess access, CaseReviewAccess caseAccess, ActionTracker tracker,
            People people, OrganisationDirectory organisations, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.types = types;
        this.access = access;
        this.caseAccess = caseAccess;
        this.tracker = tracker;
        this.people = people;
        this.organisations = organisations;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The reviews this person may see: all of them for the business unit and partner leads, otherwise those whose panel names them. */
    List<CaseReviewListItem> list(CurrentPerson person) {
        var reviews = access.sees(person) ? store.all() : store.onPanelOf(person.id());
        if (reviews.isEmpty()) return List.of();
        var ids = reviews.stream().map(CaseReview::id).toList();
        var open = store.openMilestones(ids);
        var actions = tracker.actionsOf(ReviewActionSources.CASE_REVIEW, ids.stream().map(CaseReviewService::sourceId).toList());
        LocalDate today = LocalDate.now(clock);
        var rows = new ArrayList<CaseReviewListItem>();
        for (var r : reviews) {
            var mine = open.stream().filter(m -> m.reviewId() == r.id()).toList();
            int overdue = (int) mine.stream().filter(m -> CaseReviewRules.overdue(m.due(), m.doneOn(), today)).count();
            int openActions = openCount(actions.getOrDefault(CaseReviewService.sourceId(r.id()), List.of()));
            rows.add(new CaseReviewListItem(r, CaseReviewRules.status(r.publishedOn(), openActions), mine.size(), overdue));
        }
        return rows;
    }

    /** A review's page for this person (404 unless they may see it); the read is logged. */
    CaseReviewPage page(long id, CurrentPerson person) {
        var r = caseAccess.caseReview(id, person);
        access.read(RECORD_TYPE, id, "Opened case review " + r.reference());
        LocalDate today = LocalDate.now(clock);
        var panel = named(store.panel(id));
        var milestones = store.milestones(id).stream().map(m -> new CaseReviewPage.MilestoneView(m,
                CaseReviewRules.overdue(m.due(), m.doneOn(), today), m.done() ? null : calendar.workingDays().workingDaysLeft(today, m.due()))).toList();
        var recommendations = store.recommendations(id);
        var actions = new HashMap<Long, ActionSummary>();
        for (var a : tracker.actionsOf(ReviewActionSources.CASE_REVIEW, CaseReviewService.sourceId(id))) actions.put(a.id(), a);
        var orgNames = organisations.namesOf(recommendations.stream().map(Recommendation::ownerOrganisationId).toList());
        var views = recommendations.stream().map(rec -> new CaseReviewPage.RecommendationView(rec,
                orgNames.getOrDefault(rec.ownerOrganisationId(), "Unknown organisation"), actions.get(rec.actionId()))).toList();
        int complete = (int) views.stream().filter(v -> v.action() != null && v.action().status() == ActionStatus.COMPLETED).count();
        int open = (int) views.stream().filter(v -> v.action() != null && v.action().status().open()).count();
        LocalDate reportDue = r.reportDue(calendar).orElse(null);
        LocalDate sent = r.sentToPanelOn();
        boolean late = CaseReviewRules.sentLate(sent, reportDue);
        Integer before = null;
        if (reportDue != null && sent != null) {
            try {
                before = calendar.workingDays().between(sent, r.publicationDue());
            } catch (IllegalArgumentException yearNotLoaded) {
                // sent in a year without bank holidays: the page says it was late or not, without the count
            }
        }
        return new CaseReviewPage(r, CaseReviewRules.status(r.publishedOn(), open), panel, milestones, store.findings(id), views,
                complete, CaseReviewRules.percent(complete, views.size()), reportDue, late, before,
                access.manages(person), caseAccess.contributesTo(r, person));
    }

    /** The review for a form only the business unit uses (404 or 403 otherwise); the read is logged. */
    CaseReview forChange(long id, CurrentPerson person, String what) {
        var r = caseAccess.manageableCaseReview(id, person);
        access.read(RECORD_TYPE, id, what + " for case review " + r.reference());
        return r;
    }

    /** The review for a form the business unit or its panel uses (404 or 403 otherwise); the read is logged. */
    CaseReview forContribution(long id, CurrentPerson person, String what) {
        var r = caseAccess.contributableCaseReview(id, person);
        access.read(RECORD_TYPE, id, what + " for case review " + r.reference());
        return r;
    }

    Milestone milestone(long id, long milestoneId) {
        return store.milestone(id, milestoneId).orElseThrow(() -> access.hidden("milestone " + milestoneId + " of case review " + id));
    }

    /** The published report file (404 unless the person may see the review and there is one); the read is logged. */
    PublicationFile report(long id, CurrentPerson person) {
        var r = caseAccess.caseReview(id, person);
        var file = store.report(id).orElseThrow(() -> access.hidden("the report of case review " + r.reference()));
        access.read(RECORD_TYPE, id, "Downloaded the report of case review " + r.reference());
        return file;
    }

    List<ReviewType> types() {
        return types.all();
    }

    Optional<ReviewType> type(long id) {
        return types.find(id);
    }

    List<PanelMember> panel(long id) {
        return named(store.panel(id));
    }

    private List<PanelMember> named(List<PanelMember> members) {
        var names = people.byIds(members.stream().map(PanelMember::personId).toList());
        return members.stream().map(m -> {
            var p = names.get(m.personId());
            return new PanelMember(m.id(), m.reviewId(), m.personId(), m.role(), p == null ? "Unknown person" : p.fullName(),
                    p == null ? null : p.jobTitle());
        }).toList();
    }

    private static int openCount(List<ActionSummary> actions) {
        return (int) actions.stream().filter(a -> a.status().open()).count();
    }
}
