package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionSummary;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.actions.SourceReference;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.Rule;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.WritesHistory;

/**
 * Rapid reviews: one per notified incident, due 15 working days after the notification was
 * sent to the panel; requests to the involved agencies for their summaries of involvement;
 * immediate actions (raised into the action tracker); the decision and the panel's response.
 * Only the business unit and partner leads see a rapid review; an involved agency's lead may
 * open and answer that agency's request only.
 */
@Service
@Transactional(readOnly = true)
public class RapidReviewService {

    static final String RECORD_TYPE = "Rapid review";
    static final String REQUEST_TYPE = "Agency summary request";
    /** Default time an agency has for its summary, in working days after the request. */
    static final int SUMMARY_WORKING_DAYS = 5;

    private final JdbcClient jdbc;
    private final IncidentService incidents;
    private final WorkingDayCalendar calendar;
    private final ReviewAccess access;
    private final ActivityLog activity;
    private final ActionTracker tracker;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    RapidReviewService(JdbcClient jdbc, IncidentService incidents, WorkingDayCalendar calendar, ReviewAccess access,
            ActivityLog activity, ActionTracker tracker, OrganisationDirectory organisations, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.calendar = calendar;
        this.access = access;
        this.activity = activity;
        this.tracker = tracker;
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

    // ---- reads --------------------------------------------------------------------------------

    List<RapidReviewView> list(CurrentPerson person) {
        access.requireSee(person, "rapid reviews");
        return views(jdbc.sql(SELECT + " ORDER BY n.notified_date DESC, r.id DESC").query(RapidReviewService::row).list(), false);
    }

    RapidReviewView page(long id, CurrentPerson person) {
        var record = access.shown(person, find(id), RECORD_TYPE, id, r -> "Viewed rapid review " + r.reference());
        return views(List.of(record), true).getFirst();
    }

    RapidReviewView forEdit(long id, CurrentPerson person) {
        var record = access.forChange(person, find(id), RECORD_TYPE, id, r -> "Opened rapid review " + r.reference() + " to change it");
        return views(List.of(record), false).getFirst();
    }

    /** References of rapid reviews by id, for the records behind a figure. */
    Map<Long, String> references(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        var map = new java.util.HashMap<Long, String>();
        jdbc.sql("SELECT id, reference FROM rapid_review WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                .query((rs, i) -> map.put(rs.getLong(1), rs.getString(2))).list();
        return map;
    }

    Optional<RapidReviewRecord> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RapidReviewService::row).optional();
    }

    /** Rapid reviews of incidents notified to the panel from {@code from} to {@code to}, in that order. */
    List<RapidReviewRecord> notifiedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE n.notified_date BETWEEN ? AND ? ORDER BY n.notified_date, r.id").params(from, to)
                .query(RapidReviewService::row).list();
    }

    /** Rapid reviews not yet sent to the panel: their clocks are running. */
    List<RapidReviewView> notYetSent() {
        return views(jdbc.sql(SELECT + " WHERE r.sent_to_panel IS NULL ORDER BY n.notified_date").query(RapidReviewService::row).list(), false);
    }

    private List<RapidReviewView> views(List<RapidReviewRecord> rows, boolean withActions) {
        if (rows.isEmpty()) return List.of();
        var notifications = new java.util.HashMap<Long, NotificationView>();
        for (var n : incidents.views(incidents.findAll(rows.stream().map(RapidReviewRecord::notificationId).distinct().toList()))) {
            notifications.put(n.id(), n);
        }
        var requests = requests(rows.stream().map(RapidReviewRecord::id).toList());
        LocalDate today = incidents.today();
        var result = new ArrayList<RapidReviewView>();
        for (var r : rows) {
            var n = notifications.get(r.notificationId());
            LocalDate due = n.record().rapidReviewDue(calendar).orElse(null);
            var sent = r.outcome().sentToPanel();
            Integer left = due == null || sent != null ? null : calendar.workingDays().workingDaysLeft(today, due);
            var timeliness = due == null ? null : IncidentTimeliness.of(due, sent, today);
            List<ActionSummary> actions = withActions ? tracker.actionsOf(ReviewActionSources.RAPID_REVIEW, r.sourceId()) : List.of();
            result.add(new RapidReviewView(r, n, due, left, timeliness, requests.getOrDefault(r.id(), List.of()), actions));
        }
        return result;
    }

    List<AgencySummaryRequest> requests(long rapidReviewId) {
        var rows = jdbc.sql(SELECT_REQUEST + " WHERE q.rapid_review_id = ? ORDER BY q.id").param(rapidReviewId)
                .query(RapidReviewService::request).list();
        return named(rows);
    }

    /** The requests of several rapid reviews, in one query, by rapid review (each list as {@link #requests(long)} orders it). */
    private Map<Long, List<AgencySummaryRequest>> requests(List<Long> rapidReviewIds) {
        var rows = jdbc.sql(SELECT_REQUEST + " WHERE q.rapid_review_id = ANY(?) ORDER BY q.id").param(rapidReviewIds.toArray(Long[]::new))
                .query(RapidReviewService::request).list();
        var byReview = new java.util.HashMap<Long, List<AgencySummaryRequest>>();
        for (var q : named(rows)) byReview.computeIfAbsent(q.rapidReviewId(), k -> new ArrayList<>()).add(q);
        return byReview;
    }

    private List<AgencySummaryRequest> named(List<AgencySummaryRequest> rows) {
        Map<Long, String> names = organisations.namesOf(rows.stream().map(AgencySummaryRequest::organisationId).toList());
        return rows.stream().map(q -> new AgencySummaryRequest(q.id(), q.rapidReviewId(), q.organisationId(),
                names.getOrDefault(q.organisationId(), "Organisation " + q.organisationId()), q.requestedOn(), q.due(), q.status(),
                q.involvement(), q.immediateLearning(), q.submittedByName(), q.submittedAt(), q.version()))
                .sorted(java.util.Comparator.comparing(AgencySummaryRequest::organisationName)).toList();
    }

    /**
     * A request as its page shows it: the business unit and partner leads, and the agency's own
     * leads, may open it; anyone else (and other agencies) get 404. The read is logged.
     */
    AgencySummaryView request(long rapidReviewId, long requestId, CurrentPerson person) {
        var q = answerable(rapidReviewId, requestId, person);
        var review = find(rapidReviewId).orElseThrow(() -> access.hidden("rapid review " + rapidReviewId));
        var n = incidents.find(review.notificationId()).orElseThrow(() -> access.hidden("notification " + review.notificationId()));
        access.read(REQUEST_TYPE, requestId, "Viewed " + q.organisationName() + "’s request for rapid review " + review.reference());
        boolean manages = access.manages(person);
        return new AgencySummaryView(q, review.reference(), n.details().childReference(), n.details().childInitials(),
                n.details().incidentDate(), !q.submitted() && (ReviewAccess.answersFor(person, q) || manages), manages);
    }

    /** The request, if the person answers for its agency or may see review material; 404 (logged) otherwise. */
    private AgencySummaryRequest answerable(long rapidReviewId, long requestId, CurrentPerson person) {
        var q = findRequest(rapidReviewId, requestId).orElseThrow(() -> access.hidden(REQUEST_TYPE + " " + requestId));
        if (!ReviewAccess.answersFor(person, q) && !access.sees(person)) throw access.hidden(REQUEST_TYPE + " " + requestId);
        return q;
    }

    Optional<AgencySummaryRequest> findRequest(long rapidReviewId, long requestId) {
        return jdbc.sql(SELECT_REQUEST + " WHERE q.rapid_review_id = ? AND q.id = ?").params(rapidReviewId, requestId)
                .query(RapidReviewService::request).list().stream().findFirst().map(q -> named(List.of(q)).getFirst());
    }

    /** Ids of a rapid review's requests, by the organisation asked (for imports and demo data). */
    public Map<Long, Long> requestIdsByOrganisation(long rapidReviewId) {
        var map = new java.util.LinkedHashMap<Long, Long>();
        jdbc.sql("SELECT organisation_id, id FROM agency_summary_request WHERE rapid_review_id = ? ORDER BY id").param(rapidReviewId)
                .query((rs, i) -> map.put(rs.getLong(1), rs.getLong(2))).list();
        return map;
    }

    /** How many requests await the person's agency (agency leads only), counted without reading them. */
    int openRequestCount(CurrentPerson person) {
        if (!person.passes(Rule.LEADS_AN_AGENCY) || person.organisationId() == null) return 0;
        return jdbc.sql("SELECT count(*) FROM agency_summary_request WHERE organisation_id = ? AND status = 'REQUESTED'")
                .param(person.organisationId()).query(Integer.class).single();
    }

    /** The open requests of the person's agency, if they are an agency lead, soonest due first. */
    List<AgencySummaryView> openRequestsFor(CurrentPerson person) {
        if (!person.passes(Rule.LEADS_AN_AGENCY) || person.organisationId() == null) return List.of();
        var rows = named(jdbc.sql(SELECT_REQUEST + " WHERE q.organisation_id = ? AND q.status = 'REQUESTED' ORDER BY q.due_date, q.id")
                .param(person.organisationId()).query(RapidReviewService::request).list());
        var result = new ArrayList<AgencySummaryView>();
        for (var q : rows) {
            var review = find(q.rapidReviewId()).orElseThrow();
            var n = incidents.find(review.notificationId()).orElseThrow();
            result.add(new AgencySummaryView(q, review.reference(), n.details().childReference(), n.details().childInitials(),
                    n.details().incidentDate(), true, false));
        }
        return result;
    }

    // ---- writes -------------------------------------------------------------------------------

    /**
     * Starts the rapid review of a notified incident (business unit only), asking each involved
     * agency for its summary, due {@value #SUMMARY_WORKING_DAYS} working days after {@code requestedOn}.
     * Returns the existing rapid review's id if one was already started.
     */
    @Transactional
    @WritesHistory
    public long start(long notificationId, LocalDate requestedOn, CurrentPerson person) {
        return startOn(notificationId, requestedOn, person);
    }

    /** Starts the rapid review today (see {@link #start(long, LocalDate, CurrentPerson)}). */
    @Transactional
    long start(long notificationId, CurrentPerson person) {
        return startOn(notificationId, incidents.today(), person);
    }

    private long startOn(long notificationId, LocalDate requestedOn, CurrentPerson person) {
        var n = access.changeable(person, incidents.find(notificationId), "Start the rapid review of notification " + notificationId);
        var existing = jdbc.sql("SELECT id FROM rapid_review WHERE notification_id = ?").param(notificationId).query(Long.class).optional();
        if (existing.isPresent()) return existing.get();
        if (n.details().notifiedDate() == null) throw new IllegalStateException("Record when the panel was notified first");
        if (!n.details().notifiable()) throw new IllegalStateException("The incident does not meet the criteria for notification");
        String prefix = "RR-" + n.details().notifiedDate().getYear() + "-";
        int next = jdbc.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(reference FROM ?) AS INTEGER)), 0) + 1 FROM rapid_review WHERE reference LIKE ?")
                .params(prefix.length() + 1, prefix + "%").query(Integer.class).single();
        String reference = prefix + String.format("%02d", next);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rapid_review (reference, notification_id, created_at, created_by) VALUES (?, ?, ?, ?)")
                .params(reference, notificationId, OffsetDateTime.now(clock), person.id()).update(keys, "id");
        long id = keys.getKey().longValue();
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Started rapid review " + reference + " of " + n.reference(), null, reference);
        LocalDate due = defaultSummaryDue(requestedOn);
        for (long org : n.agencyIds()) insertRequest(id, reference, org, requestedOn, due);
        return id;
    }

    private long insertRequest(long rapidReviewId, String reference, long organisationId, LocalDate on, LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO agency_summary_request (rapid_review_id, organisation_id, requested_on, due_date) VALUES (?, ?, ?, ?)")
                .params(rapidReviewId, organisationId, on, due).update(keys, "id");
        long id = keys.getKey().longValue();
        String org = organisations.nameOf(organisationId).orElse("organisation " + organisationId);
        activity.recordChange(ActivityAction.CREATED, REQUEST_TYPE, id, "Asked " + org + " for its summary for rapid review " + reference,
                null, "due " + due);
        return id;
    }

    /** Asks one more agency (business unit only); refused if it has already been asked. */
    @Transactional
    public long addRequest(long rapidReviewId, long organisationId, LocalDate due, CurrentPerson person) {
        var review = access.changeable(person, find(rapidReviewId), "Add a request to rapid review " + rapidReviewId);
        if (organisations.nameOf(organisationId).isEmpty()) throw new IllegalArgumentException("Select an organisation from the list");
        boolean asked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency_summary_request WHERE rapid_review_id = ? AND organisation_id = ?)")
                .params(rapidReviewId, organisationId).query(Boolean.class).single();
        if (asked) throw new IllegalArgumentException("That organisation has already been asked");
        return insertRequest(rapidReviewId, review.reference(), organisationId, incidents.today(), due);
    }

    /** Withdraws a request not yet answered (business unit only); false, and nothing changed, once it has been answered. */
    @Transactional
    boolean removeRequest(long rapidReviewId, long requestId, CurrentPerson person) {
        var q = access.changeable(person, findRequest(rapidReviewId, requestId), "Remove a request from rapid review " + rapidReviewId);
        if (q.submitted()) return false;
        jdbc.sql("DELETE FROM agency_summary_request WHERE id = ?").param(requestId).update();
        activity.recordChange(ActivityAction.CHANGED, REQUEST_TYPE, requestId, "Withdrew the request to " + q.organisationName(),
                "due " + q.due(), null);
        return true;
    }

    /** Changes when a summary is due (business unit only). */
    @Transactional
    void changeDue(long rapidReviewId, long requestId, long version, LocalDate due, CurrentPerson person) {
        var q = access.changeable(person, findRequest(rapidReviewId, requestId), "Change a request of rapid review " + rapidReviewId);
        int changed = jdbc.sql("UPDATE agency_summary_request SET due_date = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(due, requestId, version).update();
        if (changed == 0) throw new OptimisticLockingFailureException("Request " + requestId + " changed");
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
        if (!ReviewAccess.answersFor(person, q)) access.requireChange(person, "Submit " + q.organisationName() + "’s summary");
        if (q.submitted()) throw new OptimisticLockingFailureException("Already submitted");
        int changed = jdbc.sql("""
                UPDATE agency_summary_request SET status = 'SUBMITTED', involvement = ?, immediate_learning = ?, submitted_by = ?,
                    submitted_by_name = ?, submitted_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'REQUESTED'""")
                .params(involvement, immediateLearning, person.id(), person.fullName(), at, requestId, version).update();
        if (changed == 0) throw new OptimisticLockingFailureException("Request " + requestId + " changed");
        activity.recordChange(ActivityAction.CHANGED, REQUEST_TYPE, requestId, "Submitted " + q.organisationName() + "’s summary of involvement",
                "Requested", "Submitted");
    }

    /** Records the meeting, findings, decision and panel dates (business unit only). */
    @Transactional
    public void recordOutcome(long id, long version, RapidReviewOutcome o, CurrentPerson person) {
        var before = access.changeable(person, find(id), "Change rapid review " + id);
        int changed = jdbc.sql("""
                UPDATE rapid_review SET meeting_date = ?, findings = ?, decision = ?, learning_route = ?, sent_to_panel = ?,
                    panel_response_date = ?, panel_response = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(o.meetingDate(), o.findings(), o.decision() == null ? null : o.decision().name(), o.learningRoute(),
                        o.sentToPanel(), o.panelResponseDate(), o.panelResponse(), id, version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Rapid review " + id + " changed");
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Recorded the outcome of rapid review " + before.reference(),
                describe(before.outcome()), describe(o));
    }

    /** Raises an immediate action into the tracker, owned by an organisation (business unit only). */
    @Transactional
    public long raiseAction(long id, String title, String description, long ownerOrganisationId, LocalDate due, CurrentPerson person) {
        var review = access.changeable(person, find(id), "Raise an action from rapid review " + id);
        var source = new SourceReference(ReviewActionSources.RAPID_REVIEW, review.sourceId(), "Rapid review " + review.reference(), review.path());
        return tracker.raise(new NewAction(source, title, description, ownerOrganisationId, null, due));
    }

    private static String describe(RapidReviewOutcome o) {
        return "meeting " + o.meetingDate() + "; decision " + (o.decision() == null ? "none" : o.decision().name())
                + "; sent to panel " + o.sentToPanel() + "; panel response " + o.panelResponseDate();
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static final String SELECT = """
            SELECT r.* FROM rapid_review r JOIN incident_notification n ON n.id = r.notification_id""";

    private static final String SELECT_REQUEST = "SELECT q.* FROM agency_summary_request q";

    private static RapidReviewRecord row(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        var outcome = new RapidReviewOutcome(rs.getObject("meeting_date", LocalDate.class), rs.getString("findings"),
                decision == null ? null : RapidReviewDecision.valueOf(decision), rs.getString("learning_route"),
                rs.getObject("sent_to_panel", LocalDate.class), rs.getObject("panel_response_date", LocalDate.class),
                rs.getString("panel_response"));
        return new RapidReviewRecord(rs.getLong("id"), rs.getString("reference"), rs.getLong("notification_id"), outcome, rs.getLong("version"));
    }

    private static AgencySummaryRequest request(ResultSet rs, int i) throws SQLException {
        return new AgencySummaryRequest(rs.getLong("id"), rs.getLong("rapid_review_id"), rs.getLong("organisation_id"), null,
                rs.getObject("requested_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                AgencySummaryStatus.valueOf(rs.getString("status")), rs.getString("involvement"), rs.getString("immediate_learning"),
                rs.getString("submitted_by_name"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getLong("version"));
    }
}
