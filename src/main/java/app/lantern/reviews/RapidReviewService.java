package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionSummary;
import app.lantern.actions.ActionTracker;
import app.lantern.actions.NewAction;
import app.lantern.actions.SourceReference;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.WritesHistory;

/**
 * Rapid reviews: one per notified incident, due 15 working days after the notification was
 * sent to the panel; immediate actions (raised into the action tracker); the decision and the
 * panel's response. Starting one asks the involved agencies for their summaries, which
 * {@link AgencySummaryService} looks after. Only the business unit and partner leads see a rapid
 * review.
 */
@Service
@Transactional(readOnly = true)
public class RapidReviewService {

    static final String RECORD_TYPE = "Rapid review";

    private final RapidReviewStore store;
    private final IncidentService incidents;
    private final AgencySummaryService summaries;
    private final WorkingDayCalendar calendar;
    private final ReviewAccess access;
    private final ActivityLog activity;
    private final ActionTracker tracker;
    private final Clock clock;

    RapidReviewService(RapidReviewStore store, IncidentService incidents, AgencySummaryService summaries, WorkingDayCalendar calendar,
            ReviewAccess access, ActivityLog activity, ActionTracker tracker, Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.summaries = summaries;
        this.calendar = calendar;
        this.access = access;
        this.activity = activity;
        this.tracker = tracker;
        this.clock = clock;
    }

    List<RapidReviewView> list(CurrentPerson person) {
        access.requireSee(person, "rapid reviews");
        return views(store.all(), false);
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
        return store.references(ids);
    }

    Optional<RapidReviewRecord> find(long id) {
        return store.find(id);
    }

    /** Rapid reviews of incidents notified to the panel from {@code from} to {@code to}, in that order. */
    List<RapidReviewRecord> notifiedBetween(LocalDate from, LocalDate to) {
        return store.notifiedBetween(from, to);
    }

    /** Rapid reviews not yet sent to the panel: their clocks are running. */
    List<RapidReviewView> notYetSent() {
        return views(store.notYetSent(), false);
    }

    private List<RapidReviewView> views(List<RapidReviewRecord> rows, boolean withActions) {
        if (rows.isEmpty()) return List.of();
        var notifications = new HashMap<Long, NotificationView>();
        for (var n : incidents.views(incidents.findAll(rows.stream().map(RapidReviewRecord::notificationId).distinct().toList()))) {
            notifications.put(n.id(), n);
        }
        var requests = summaries.requestsOf(rows.stream().map(RapidReviewRecord::id).toList());
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

    /**
     * Starts the rapid review of a notified incident (business unit only), asking each involved
     * agency for its summary, due {@value AgencySummaryService#SUMMARY_WORKING_DAYS} working days after
     * {@code requestedOn}. Returns the existing rapid review's id if one was already started.
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
        var existing = store.byNotification(List.of(notificationId)).get(notificationId);
        if (existing != null) return existing.id();
        if (n.details().notifiedDate() == null) throw new IllegalStateException("Record when the panel was notified first");
        if (!n.details().notifiable()) throw new IllegalStateException("The incident does not meet the criteria for notification");
        String reference = store.nextReference(n.details().notifiedDate().getYear());
        long id = store.insert(reference, notificationId, OffsetDateTime.now(clock), person.id());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Started rapid review " + reference + " of " + n.reference(), null, reference);
        summaries.askAll(id, reference, n.agencyIds(), requestedOn);
        return id;
    }

    /** Records the meeting, findings, decision and panel dates (business unit only). */
    @Transactional
    public void recordOutcome(long id, long version, RapidReviewOutcome o, CurrentPerson person) {
        var before = access.changeable(person, find(id), "Change rapid review " + id);
        if (!store.updateOutcome(id, version, o)) throw new OptimisticLockingFailureException("Rapid review " + id + " changed");
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
}
