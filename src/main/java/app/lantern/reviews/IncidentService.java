package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.calendar.WorkingDayCalendar;

/**
 * Serious incident notifications: recording them and the panel notification clock (the year's
 * figures are counted by {@link IncidentFigures}). Only the business unit and
 * partner leads see notifications (others get 404); only the business unit records them.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

    static final String RECORD_TYPE = "Serious incident notification";

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ReviewAccess access;
    private final ActivityLog activity;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    IncidentService(JdbcClient jdbc, WorkingDayCalendar calendar, ReviewAccess access, ActivityLog activity,
            OrganisationDirectory organisations, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.access = access;
        this.activity = activity;
        this.organisations = organisations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- clocks -------------------------------------------------------------------------------

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
        } catch (java.util.NoSuchElementException e) {
            return null;
        }
    }

    // ---- reads --------------------------------------------------------------------------------

    /** All notifications, newest awareness first; 404 for people who may not see them. */
    List<NotificationView> list(CurrentPerson person) {
        access.requireSee(person, "serious incident notifications");
        var rows = jdbc.sql(SELECT + " ORDER BY n.aware_date DESC, n.id DESC").query(this::row).list();
        return views(rows);
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
        return jdbc.sql(SELECT + " WHERE n.id = ?").param(id).query(this::row).optional();
    }

    /** The notifications with these ids (those that exist), in one query. */
    List<NotificationRecord> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " WHERE n.id = ANY(?)").param(ids.toArray(Long[]::new)).query(this::row).list();
    }

    List<NotificationView> views(List<NotificationRecord> rows) {
        var orgIds = rows.stream().flatMap(r -> r.agencyIds().stream()).distinct().toList();
        var names = organisations.namesOf(orgIds);
        var reviews = new HashMap<Long, Object[]>();
        if (!rows.isEmpty()) {
            jdbc.sql("SELECT notification_id, id, reference FROM rapid_review WHERE notification_id = ANY (?)")
                    .param(rows.stream().map(NotificationRecord::id).toArray(Long[]::new))
                    .query((rs, i) -> reviews.put(rs.getLong(1), new Object[]{rs.getLong(2), rs.getString(3)})).list();
        }
        LocalDate today = today();
        var views = new ArrayList<NotificationView>();
        for (var r : rows) {
            LocalDate due = r.panelNotificationDue(calendar).orElse(null);
            Integer left = r.workingDaysLeftToNotify(calendar, today);
            var timeliness = due == null ? null : IncidentTimeliness.of(due, r.details().notifiedDate(), today);
            var rr = reviews.get(r.id());
            views.add(new NotificationView(r, due, left, timeliness,
                    r.agencyIds().stream().map(id -> names.getOrDefault(id, "Organisation " + id)).sorted().toList(),
                    rr == null ? null : (Long) rr[0], rr == null ? null : (String) rr[1]));
        }
        return views;
    }

    /** Notifiable incidents not yet notified to the panel: the running panel notification clocks. */
    List<NotificationView> awaitingNotification() {
        return views(jdbc.sql(SELECT + " WHERE n.notified_date IS NULL AND n.harm <> 'NEITHER' AND n.abuse <> 'NEITHER' ORDER BY n.aware_date")
                .query(this::row).list());
    }

    /** Notified incidents whose rapid review has not been started: the rapid review clock is running. */
    List<NotificationRecord> notifiedWithoutRapidReview() {
        return jdbc.sql(SELECT + " " + """
                 WHERE n.notified_date IS NOT NULL AND n.harm <> 'NEITHER' AND n.abuse <> 'NEITHER'
                   AND NOT EXISTS (SELECT 1 FROM rapid_review r WHERE r.notification_id = n.id)
                 ORDER BY n.notified_date""").query(this::row).list();
    }

    // ---- writes -------------------------------------------------------------------------------

    /** Records a notification (business unit only) and returns its id. */
    @Transactional
    public long record(NotificationDetails details, CurrentPerson person) {
        access.requireChange(person, "Record a serious incident notification");
        String prefix = "SIN-" + details.awareDate().getYear() + "-";
        int next = jdbc.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(reference FROM ?) AS INTEGER)), 0) + 1 FROM incident_notification WHERE reference LIKE ?")
                .params(prefix.length() + 1, prefix + "%").query(Integer.class).single();
        String reference = prefix + String.format("%03d", next);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO incident_notification (reference, child_reference, child_initials, date_of_birth, age_years, sex, ethnicity,
                    incident_date, aware_date, harm, abuse, looked_after, notified_date, summary, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, details.childReference(), details.childInitials(), details.dateOfBirth(), details.ageYears(),
                        details.sex().name(), details.ethnicity().name(), details.incidentDate(), details.awareDate(),
                        details.harm().name(), details.abuse().name(), details.lookedAfter(), details.notifiedDate(), details.summary(),
                        OffsetDateTime.now(clock), person.id())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        saveAgencies(id, details.agencyIds());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Recorded notification " + reference, null, describe(details));
        return id;
    }

    /** Changes a notification (business unit only); throws OptimisticLockingFailureException if someone else changed it first. */
    @Transactional
    public void update(long id, long version, NotificationDetails details, CurrentPerson person) {
        var before = access.changeable(person, find(id), "Change serious incident notification " + id);
        int changed = jdbc.sql("""
                UPDATE incident_notification SET child_reference = ?, child_initials = ?, date_of_birth = ?, age_years = ?, sex = ?,
                    ethnicity = ?, incident_date = ?, aware_date = ?, harm = ?, abuse = ?, looked_after = ?, notified_date = ?, summary = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.childReference(), details.childInitials(), details.dateOfBirth(), details.ageYears(),
                        details.sex().name(), details.ethnicity().name(), details.incidentDate(), details.awareDate(),
                        details.harm().name(), details.abuse().name(), details.lookedAfter(), details.notifiedDate(), details.summary(),
                        id, version)
                .update();
        if (changed == 0) throw new OptimisticLockingFailureException("Notification " + id + " changed");
        saveAgencies(id, details.agencyIds());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Changed notification " + before.reference(),
                describe(before.details()), describe(details));
    }

    private void saveAgencies(long id, List<Long> agencyIds) {
        jdbc.sql("DELETE FROM incident_agency WHERE notification_id = ?").param(id).update();
        for (long org : agencyIds) {
            jdbc.sql("INSERT INTO incident_agency (notification_id, organisation_id) VALUES (?, ?)").params(id, org).update();
        }
    }

    private static String describe(NotificationDetails d) {
        return "child " + d.childReference() + "; incident " + d.incidentDate() + "; aware " + d.awareDate() + "; "
                + d.harm().label() + "; " + d.abuse().label() + "; looked after: " + (d.lookedAfter() ? "yes" : "no")
                + "; agencies " + d.agencyIds() + "; notified " + (d.notifiedDate() == null ? "not yet" : d.notifiedDate());
    }

    // ---- for the year's figures --------------------------------------------------------------

    /** Notifiable incidents the local authority became aware of from {@code from} to {@code to}, in that order. */
    List<NotificationRecord> notifiableAwareBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE n.aware_date BETWEEN ? AND ? AND n.harm <> 'NEITHER' AND n.abuse <> 'NEITHER' ORDER BY n.aware_date, n.id")
                .params(from, to).query(this::row).list();
    }

    /** References of notifications by id, for pages that list the records behind a figure. */
    Map<Long, String> references(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        var map = new HashMap<Long, String>();
        jdbc.sql("SELECT id, reference FROM incident_notification WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                .query((rs, i) -> map.put(rs.getLong(1), rs.getString(2))).list();
        return map;
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static final String SELECT = """
            SELECT n.*, ARRAY(SELECT a.organisation_id FROM incident_agency a WHERE a.notification_id = n.id ORDER BY a.organisation_id) AS agencies
            FROM incident_notification n""";

    private NotificationRecord row(ResultSet rs, int i) throws SQLException {
        var agencies = new ArrayList<Long>();
        var array = rs.getArray("agencies");
        if (array != null) for (Object o : (Object[]) array.getArray()) agencies.add(((Number) o).longValue());
        Integer age = rs.getObject("age_years") == null ? null : rs.getInt("age_years");
        var details = new NotificationDetails(rs.getString("child_reference"), rs.getString("child_initials"),
                rs.getObject("date_of_birth", LocalDate.class), age, IncidentSex.valueOf(rs.getString("sex")),
                IncidentEthnicity.valueOf(rs.getString("ethnicity")), rs.getObject("incident_date", LocalDate.class),
                rs.getObject("aware_date", LocalDate.class), IncidentHarm.valueOf(rs.getString("harm")),
                IncidentAbuse.valueOf(rs.getString("abuse")), rs.getBoolean("looked_after"), agencies,
                rs.getObject("notified_date", LocalDate.class), rs.getString("summary"));
        return new NotificationRecord(rs.getLong("id"), rs.getString("reference"), details, rs.getLong("version"));
    }
}
