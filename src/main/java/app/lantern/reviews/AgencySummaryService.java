package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.Rule;
import app.lantern.shared.WritesHistory;

/**
 * A rapid review's requests to the involved agencies for their summaries of involvement. The
 * business unit asks (each involved agency when the review starts, others later), changes when a
 * summary is due and withdraws unanswered requests; an agency's lead opens and answers their own
 * agency's requests only (others get 404), and the business unit may answer on an agency's behalf.
 */
@Service
@Transactional(readOnly = true)
public class AgencySummaryService {

    static final String REQUEST_TYPE = "Agency summary request";
    /** Default time an agency has for its summary, in working days after the request. */
    static final int SUMMARY_WORKING_DAYS = 5;

    private final AgencySummaryStore store;
    private final RapidReviewStore rapidReviews;
    private final IncidentStore incidents;
    private final WorkingDayCalendar calendar;
    private final ReviewAccess access;
    private final ActivityLog activity;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    AgencySummaryService(AgencySummaryStore store, RapidReviewStore rapidReviews, IncidentStore incidents, WorkingDayCalendar calendar,
            ReviewAccess access, ActivityLog activity, OrganisationDirectory organisations, Clock clock) {
        this.store = store;
        this.rapidReviews = rapidReviews;
        this.incidents = incidents;
        this.calendar = calendar;
        this.access = access;
        this.activity = activity;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The default due date of a summary requested on {@code on}. */
    LocalDate defaultSummaryDue(LocalDate on) {
        try {
            return calendar.plus(on, SUMMARY_WORKING_DAYS);
        } catch (IllegalArgumentException e) {
            return on.plusDays(7);
        }
    }

    /** The requests of several rapid reviews, in one query, by rapid review; each list by organisation name. */
    Map<Long, List<AgencySummaryRequest>> requestsOf(List<Long> rapidReviewIds) {
        var byReview = new HashMap<Long, List<AgencySummaryRequest>>();
        for (var q : named(store.ofReviews(rapidReviewIds))) byReview.computeIfAbsent(q.rapidReviewId(), k -> new ArrayList<>()).add(q);
        return byReview;
    }

    /**
     * A request as its page shows it: the business unit and partner leads, and the agency's own
     * leads, may open it; anyone else (and other agencies) get 404. The read is logged.
     */
    AgencySummaryView request(long rapidReviewId, long requestId, CurrentPerson person) {
        var q = answerable(rapidReviewId, requestId, person);
        var review = rapidReviews.find(rapidReviewId).orElseThrow(() -> access.hidden("rapid review " + rapidReviewId));
        var n = incidents.find(review.notificationId()).orElseThrow(() -> access.hidden("notification " + review.notificationId()));
        access.read(REQUEST_TYPE, requestId, "Viewed " + q.organisationName() + "’s request for rapid review " + review.reference());
        boolean manages = access.manages(person);
        return new AgencySummaryView(q, review.reference(), n.details().childReference(), n.details().childInitials(),
                n.details().incidentDate(), !q.submitted() && (answersFor(person, q) || manages), manages);
    }

    /** The request, if the person answers for its agency or may see review material; 404 (logged) otherwise. */
    private AgencySummaryRequest answerable(long rapidReviewId, long requestId, CurrentPerson person) {
        var q = find(rapidReviewId, requestId).orElseThrow(() -> access.hidden(REQUEST_TYPE + " " + requestId));
        if (!answersFor(person, q) && !access.sees(person)) throw access.hidden(REQUEST_TYPE + " " + requestId);
        return q;
    }

    /** Answers for the request's agency: an agency lead of that organisation. */
    private static boolean answersFor(CurrentPerson person, AgencySummaryRequest request) {
        return person.leads(request.organisationId());
    }

    private Optional<AgencySummaryRequest> find(long rapidReviewId, long requestId) {
        return store.find(rapidReviewId, requestId).map(q -> named(List.of(q)).getFirst());
    }

    /** Ids of a rapid review's requests, by the organisation asked (for imports and demo data). */
    public Map<Long, Long> requestIdsByOrganisation(long rapidReviewId) {
        return store.idsByOrganisation(rapidReviewId);
    }

    /** How many requests await the person's agency (agency leads only), counted without reading them. */
    int openRequestCount(CurrentPerson person) {
        if (!person.passes(Rule.LEADS_AN_AGENCY) || person.organisationId() == null) return 0;
        return store.openCount(person.organisationId());
    }

    /** The open requests of the person's agency, if they are an agency lead, soonest due first. */
    List<AgencySummaryView> openRequestsFor(CurrentPerson person) {
        if (!person.passes(Rule.LEADS_AN_AGENCY) || person.organisationId() == null) return List.of();
        var result = new ArrayList<AgencySummaryView>();
        for (var q : named(store.openFor(person.organisationId()))) {
            var review = rapidReviews.find(q.rapidReviewId()).orElseThrow();
            var n = incidents.find(review.notificationId()).orElseThrow();
            result.add(new AgencySummaryView(q, review.reference(), n.details().childReference(), n.details().childInitials(),
                    n.details().incidentDate(), true, false));
        }
        return result;
    }

    /**
     * Asks each of these agencies for its summary for a rapid review just started, due
     * {@value #SUMMARY_WORKING_DAYS} working days after {@code on}. Called by {@link RapidReviewService},
     * which has checked the person may start it.
     */
    @Transactional
    void askAll(long rapidReviewId, String reference, List<Long> organisationIds, LocalDate on) {
        LocalDate due = defaultSummaryDue(on);
        for (long org : organisationIds) ask(rapidReviewId, reference, org, on, due);
    }

    private long ask(long rapidReviewId, String reference, long organisationId, LocalDate on, LocalDate due) {
        long id = store.insert(rapidReviewId, organisationId, on, due);
        String org = organisations.nameOf(organisationId).orElse("organisation " + organisationId);
        activity.recordChange(ActivityAction.CREATED, REQUEST_TYPE, id, "Asked " + org + " for its summary for rapid review " + reference,
                null, "due " + due);
        return id;
    }

    /** Asks one more agency (business unit only); refused if it has already been asked. */
    @Transactional
    public long addRequest(long rapidReviewId, long organisationId, LocalDate due, CurrentPerson person) {
        var review = access.changeable(person, rapidReviews.find(rapidReviewId), "Add a request to rapid review " + rapidReviewId);
        if (organisations.nameOf(organisationId).isEmpty()) throw new IllegalArgumentException("Select an organisation from the list");
        if (store.asked(rapidReviewId, organisationId)) throw new IllegalArgumentException("That organisation has already been asked");
        return ask(rapidReviewId, review.reference(), organisationId, LocalDate.now(clock), due);
    }

    /** Withdraws a request not yet answered (business unit only); false, and nothing changed, once it has been answered. */
    @Transactional
    boolean removeRequest(long rapidReviewId, long requestId, CurrentPerson person) {
        var q = access.changeable(person, find(rapidReviewId, requestId), "Remove a request from rapid review " + rapidReviewId);
        if (q.submitted()) return false;
        store.delete(requestId);
        activity.recordChange(ActivityAction.CHANGED, REQUEST_TYPE, requestId, "Withdrew the request to " + q.organisationName(),
                "due " + q.due(), null);
        return true;
    }

    /** Changes when a summary is due (business unit only). */
    @Transactional
    void changeDue(long rapidReviewId, long requestId, long version, LocalDate due, CurrentPerson person) {
        var q = access.changeable(person, find(rapidReviewId, requestId), "Change a request of rapid review " + rapidReviewId);
        if (!store.changeDue(requestId, version, due)) throw new OptimisticLockingFailureException("Request " + requestId + " changed");
        activity.recordChange(ActivityAction.CHANGED, REQUEST_TYPE, requestId, "Changed when " + q.organisationName() + "’s summary is due",
                String.valueOf(q.due()), String.valueOf(due));
    }

    /**
     * The agency's summary, submitted by its agency lead (or by the business unit on its behalf).
     * Others get 404; a request already submitted cannot be submitted again.
     */
    @Transactional
    @WritesHistory
    public void submit(long rapidReviewId, long requestId, long version, String involvement, String immediateLearning,
            OffsetDateTime at, CurrentPerson person) {
        submitAt(rapidReviewId, requestId, version, involvement, immediateLearning, at, person);
    }

    /** Submits the summary now (see {@link #submit(long, long, long, String, String, OffsetDateTime, CurrentPerson)}). */
    @Transactional
    void submit(long rapidReviewId, long requestId, long version, String involvement, String immediateLearning, CurrentPerson person) {
        submitAt(rapidReviewId, requestId, version, involvement, immediateLearning, OffsetDateTime.now(clock), person);
    }

    private void submitAt(long rapidReviewId, long requestId, long version, String involvement, String immediateLearning,
            OffsetDateTime at, CurrentPerson person) {
        var q = answerable(rapidReviewId, requestId, person);
        if (!answersFor(person, q)) access.requireChange(person, "Submit " + q.organisationName() + "’s summary");
        if (q.submitted()) throw new OptimisticLockingFailureException("Already submitted");
        if (!store.submit(requestId, version, involvement, immediateLearning, person.id(), person.fullName(), at)) {
            throw new OptimisticLockingFailureException("Request " + requestId + " changed");
        }
        activity.recordChange(ActivityAction.CHANGED, REQUEST_TYPE, requestId, "Submitted " + q.organisationName() + "’s summary of involvement",
                "Requested", "Submitted");
    }

    /** The requests with their organisation's name, ordered by it. */
    private List<AgencySummaryRequest> named(List<AgencySummaryRequest> rows) {
        Map<Long, String> names = organisations.namesOf(rows.stream().map(AgencySummaryRequest::organisationId).toList());
        return rows.stream().map(q -> new AgencySummaryRequest(q.id(), q.rapidReviewId(), q.organisationId(),
                names.getOrDefault(q.organisationId(), "Organisation " + q.organisationId()), q.requestedOn(), q.due(), q.status(),
                q.involvement(), q.immediateLearning(), q.submittedByName(), q.submittedAt(), q.version()))
                .sorted(Comparator.comparing(AgencySummaryRequest::organisationName)).toList();
    }
}
