package app.lantern.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;

/**
 * Serious incident notifications: recording them and the panel notification clock (the year's
 * figures are counted by {@link IncidentFigures}). Only the business unit and
 * partner leads see notifications (others get 404); only the business unit records them.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

    static final String RECORD_TYPE = "Serious incident notification";

    private final IncidentStore store;
    private final RapidReviewStore rapidReviews;
    private final WorkingDayCalendar calendar;
    private final ReviewAccess access;
    private final ActivityLog activity;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    IncidentService(IncidentStore store, RapidReviewStore rapidReviews, WorkingDayCalendar calendar, ReviewAccess access,
            ActivityLog activity, OrganisationDirectory organisations, Clock clock) {
        this.store = store;
        this.rapidReviews = rapidReviews;
        this.calendar = calendar;
        this.access = access;
        this.activity = activity;
        this.organisations = organisations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Null when the calendar can count the panel notification deadline from this date; otherwise why not. */
    String calendarProblem(String rule, LocalDate event) {
        try {
            calendar.deadline(rule, event);
            return null;
        } catch (IllegalArgumentException e) {
            return "Lantern cannot count working days from " + event.getYear()
                    + ": no bank holidays are loaded for that year or the next. Ask an administrator to add them";
        }
    }

    /** "5 working days after …", as the administrator configured the rule. */
    String ruleDescription(String code) {
        try {
            return calendar.rule(code).describe();
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    /** All notifications, newest awareness first; 404 for people who may not see them. */
    List<NotificationView> list(CurrentPerson person) {
        access.requireSee(person, "serious incident notifications");
        return views(store.all());
    }

    /** One notification for its page; the read is logged. */
    NotificationView page(long id, CurrentPerson person) {
        var record = access.shown(person, find(id), RECORD_TYPE, id, n -> "Viewed notification " + n.reference());
        return views(List.of(record)).getFirst();
    }

    /** One notification for its edit form (business unit only); the read is logged. */
    NotificationRecord forEdit(long id, CurrentPerson person) {
        return access.forChange(person, find(id), RECORD_TYPE, id, n -> "Opened notification " + n.reference() + " to change it");
    }

    Optional<NotificationRecord> find(long id) {
        return store.find(id);
    }

    /** The notifications with these ids (those that exist), in one query. */
    List<NotificationRecord> findAll(Collection<Long> ids) {
        return store.findAll(ids);
    }

    /** The notifications with their clocks, agencies' names and rapid review, as pages show them. */
    List<NotificationView> views(List<NotificationRecord> rows) {
        var names = organisations.namesOf(rows.stream().flatMap(r -> r.agencyIds().stream()).distinct().toList());
        Map<Long, RapidReviewStore.Started> reviews = rapidReviews.byNotification(rows.stream().map(NotificationRecord::id).toList());
        LocalDate today = today();
        var views = new ArrayList<NotificationView>();
        for (var r : rows) {
            LocalDate due = r.panelNotificationDue(calendar).orElse(null);
            Integer left = r.workingDaysLeftToNotify(calendar, today);
            var timeliness = due == null ? null : IncidentTimeliness.of(due, r.details().notifiedDate(), today);
            var review = reviews.get(r.id());
            views.add(new NotificationView(r, due, left, timeliness,
                    r.agencyIds().stream().map(id -> names.getOrDefault(id, "Organisation " + id)).sorted().toList(),
                    review == null ? null : review.id(), review == null ? null : review.reference()));
        }
        return views;
    }

    /** Notifiable incidents not yet notified to the panel: the running panel notification clocks. */
    List<NotificationView> awaitingNotification() {
        return views(store.awaitingNotification());
    }

    /** Notified incidents whose rapid review has not been started: the rapid review clock is running. */
    List<NotificationRecord> notifiedWithoutRapidReview() {
        return store.notifiedWithoutRapidReview();
    }

    /** Notifiable incidents the local authority became aware of from {@code from} to {@code to}, in that order. */
    List<NotificationRecord> notifiableAwareBetween(LocalDate from, LocalDate to) {
        return store.notifiableAwareBetween(from, to);
    }

    /** References of notifications by id, for pages that list the records behind a figure. */
    Map<Long, String> references(List<Long> ids) {
        return store.references(ids);
    }

    /** Records a notification (business unit only) and returns its id. */
    @Transactional
    public long record(NotificationDetails details, CurrentPerson person) {
        access.requireChange(person, "Record a serious incident notification");
        String reference = store.nextReference(details.awareDate().getYear());
        long id = store.insert(reference, details, OffsetDateTime.now(clock), person.id());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Recorded notification " + reference, null, describe(details));
        return id;
    }

    /** Changes a notification (business unit only); throws OptimisticLockingFailureException if someone else changed it first. */
    @Transactional
    public void update(long id, long version, NotificationDetails details, CurrentPerson person) {
        var before = access.changeable(person, find(id), "Change serious incident notification " + id);
        if (!store.update(id, version, details)) throw new OptimisticLockingFailureException("Notification " + id + " changed");
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Changed notification " + before.reference(),
                describe(before.details()), describe(details));
    }

    private static String describe(NotificationDetails d) {
        return "child " + d.childReference() + "; incident " + d.incidentDate() + "; aware " + d.awareDate() + "; "
                + d.harm().label() + "; " + d.abuse().label() + "; looked after: " + (d.lookedAfter() ? "yes" : "no")
                + "; agencies " + d.agencyIds() + "; notified " + (d.notifiedDate() == null ? "not yet" : d.notifiedDate());
    }
}
