package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for serious incident notifications and the agencies involved in each. */
@Repository
class IncidentStore {

    /** Notifiable: the harm and the abuse (or neglect) criteria are both met. */
    private static final String NOTIFIABLE = "n.harm <> 'NEITHER' AND n.abuse <> 'NEITHER'";

    private static final String SELECT = """
            SELECT n.*, ARRAY(SELECT a.organisation_id FROM incident_agency a WHERE a.notification_id = n.id ORDER BY a.organisation_id) AS agencies
            FROM incident_notification n""";

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All notifications, newest awareness first. */
    List<NotificationRecord> all() {
        return jdbc.sql(SELECT + " ORDER BY n.aware_date DESC, n.id DESC").query(IncidentStore::row).list();
    }

    Optional<NotificationRecord> find(long id) {
        return jdbc.sql(SELECT + " WHERE n.id = ?").param(id).query(IncidentStore::row).optional();
    }

    /** The notifications with these ids (those that exist), in one query. */
    List<NotificationRecord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " WHERE n.id = ANY(?)").param(ids.toArray(Long[]::new)).query(IncidentStore::row).list();
    }

    /** Notifiable incidents not yet notified to the panel, oldest awareness first. */
    List<NotificationRecord> awaitingNotification() {
        return jdbc.sql(SELECT + " WHERE n.notified_date IS NULL AND " + NOTIFIABLE + " ORDER BY n.aware_date")
                .query(IncidentStore::row).list();
    }

    /** Notified incidents whose rapid review has not been started, oldest notification first. */
    List<NotificationRecord> notifiedWithoutRapidReview() {
        return jdbc.sql(SELECT + " WHERE n.notified_date IS NOT NULL AND " + NOTIFIABLE
                + " AND NOT EXISTS (SELECT 1 FROM rapid_review r WHERE r.notification_id = n.id) ORDER BY n.notified_date")
                .query(IncidentStore::row).list();
    }

    /** Notifiable incidents the local authority became aware of from {@code from} to {@code to}, in that order. */
    List<NotificationRecord> notifiableAwareBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE n.aware_date BETWEEN ? AND ? AND " + NOTIFIABLE + " ORDER BY n.aware_date, n.id")
                .params(from, to).query(IncidentStore::row).list();
    }

    /** References of notifications by id. */
    Map<Long, String> references(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        var map = new HashMap<Long, String>();
        jdbc.sql("SELECT id, reference FROM incident_notification WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                .query((rs, i) -> map.put(rs.getLong(1), rs.getString(2))).list();
        return map;
    }

    /** The next free reference for an incident the local authority became aware of in {@code year}: SIN-2024-007. */
    String nextReference(int year) {
        String prefix = "SIN-" + year + "-";
        int next = jdbc.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(reference FROM ?) AS INTEGER)), 0) + 1 FROM incident_notification WHERE reference LIKE ?")
                .params(prefix.length() + 1, prefix + "%").query(Integer.class).single();
        return prefix + String.format("%03d", next);
    }

    /** Inserts a notification with its agencies and returns its id. */
    long insert(String reference, NotificationDetails d, OffsetDateTime at, long by) {
        long id = jdbc.sql("""
                INSERT INTO incident_notification (reference, child_reference, child_initials, date_of_birth, age_years, sex, ethnicity,
                    incident_date, aware_date, harm, abuse, looked_after, notified_date, summary, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(reference, d.childReference(), d.childInitials(), d.dateOfBirth(), d.ageYears(),
                        d.sex().name(), d.ethnicity().name(), d.incidentDate(), d.awareDate(),
                        d.harm().name(), d.abuse().name(), d.lookedAfter(), d.notifiedDate(), d.summary(), at, by)
                .query(Long.class).single();
        saveAgencies(id, d.agencyIds());
        return id;
    }

    /** Changes a notification and its agencies if it is still at {@code version}; false (nothing changed) otherwise. */
    boolean update(long id, long version, NotificationDetails d) {
        int changed = jdbc.sql("""
                UPDATE incident_notification SET child_reference = ?, child_initials = ?, date_of_birth = ?, age_years = ?, sex = ?,
                    ethnicity = ?, incident_date = ?, aware_date = ?, harm = ?, abuse = ?, looked_after = ?, notified_date = ?, summary = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.childReference(), d.childInitials(), d.dateOfBirth(), d.ageYears(),
                        d.sex().name(), d.ethnicity().name(), d.incidentDate(), d.awareDate(),
                        d.harm().name(), d.abuse().name(), d.lookedAfter(), d.notifiedDate(), d.summary(), id, version)
                .update();
        if (changed == 0) return false;
        saveAgencies(id, d.agencyIds());
        return true;
    }

    private void saveAgencies(long id, List<Long> agencyIds) {
        jdbc.sql("DELETE FROM incident_agency WHERE notification_id = ?").param(id).update();
        for (long org : agencyIds) {
            jdbc.sql("INSERT INTO incident_agency (notification_id, organisation_id) VALUES (?, ?)").params(id, org).update();
        }
    }

    private static NotificationRecord row(ResultSet rs, int i) throws SQLException {
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
