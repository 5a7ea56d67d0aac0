package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for rapid reviews (their agencies' summaries are in {@link AgencySummaryStore}). */
@Repository
class RapidReviewStore {

    /** The rapid review of a notification, as the notification's page links to it. */
    record Started(long id, String reference) {
    }

    private static final String SELECT = """
            SELECT r.* FROM rapid_review r JOIN incident_notification n ON n.id = r.notification_id""";

    private final JdbcClient jdbc;

    RapidReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All rapid reviews, latest notified to the panel first. */
    List<RapidReviewRecord> all() {
        return jdbc.sql(SELECT + " ORDER BY n.notified_date DESC, r.id DESC").query(RapidReviewStore::row).list();
    }

    Optional<RapidReviewRecord> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RapidReviewStore::row).optional();
    }

    /** Rapid reviews of incidents notified to the panel from {@code from} to {@code to}, in that order. */
    List<RapidReviewRecord> notifiedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE n.notified_date BETWEEN ? AND ? ORDER BY n.notified_date, r.id").params(from, to)
                .query(RapidReviewStore::row).list();
    }

    /** Rapid reviews not yet sent to the panel, earliest notified first. */
    List<RapidReviewRecord> notYetSent() {
        return jdbc.sql(SELECT + " WHERE r.sent_to_panel IS NULL ORDER BY n.notified_date").query(RapidReviewStore::row).list();
    }

    /** References of rapid reviews by id. */
    Map<Long, String> references(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        var map = new HashMap<Long, String>();
        jdbc.sql("SELECT id, reference FROM rapid_review WHERE id = ANY (?)").param(ids.toArray(Long[]::new))
                .query((rs, i) -> map.put(rs.getLong(1), rs.getString(2))).list();
        return map;
    }

    /** The rapid review started for each of these notifications that has one, by notification id. */
    Map<Long, Started> byNotification(Collection<Long> notificationIds) {
        if (notificationIds.isEmpty()) return Map.of();
        var map = new HashMap<Long, Started>();
        jdbc.sql("SELECT notification_id, id, reference FROM rapid_review WHERE notification_id = ANY (?)")
                .param(notificationIds.toArray(Long[]::new))
                .query((rs, i) -> map.put(rs.getLong(1), new Started(rs.getLong(2), rs.getString(3)))).list();
        return map;
    }

    /** The id of the rapid review with this reference, ignoring case and surrounding spaces. */
    Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM rapid_review WHERE upper(reference) = ?").param(reference.strip().toUpperCase(Locale.ROOT))
                .query(Long.class).optional();
    }

    Optional<String> referenceOf(long id) {
        return jdbc.sql("SELECT reference FROM rapid_review WHERE id = ?").param(id).query(String.class).optional();
    }

    /** The next free reference for a rapid review of an incident notified in {@code year}: RR-2024-03. */
    String nextReference(int year) {
        String prefix = "RR-" + year + "-";
        int next = jdbc.sql("SELECT COALESCE(MAX(CAST(SUBSTRING(reference FROM ?) AS INTEGER)), 0) + 1 FROM rapid_review WHERE reference LIKE ?")
                .params(prefix.length() + 1, prefix + "%").query(Integer.class).single();
        return prefix + String.format("%02d", next);
    }

    long insert(String reference, long notificationId, OffsetDateTime at, long by) {
        return jdbc.sql("INSERT INTO rapid_review (reference, notification_id, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(reference, notificationId, at, by).query(Long.class).single();
    }

    /** Records the outcome if the review is still at {@code version}; false (nothing changed) otherwise. */
    boolean updateOutcome(long id, long version, RapidReviewOutcome o) {
        return jdbc.sql("""
                UPDATE rapid_review SET meeting_date = ?, findings = ?, decision = ?, learning_route = ?, sent_to_panel = ?,
                    panel_response_date = ?, panel_response = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(o.meetingDate(), o.findings(), o.decision() == null ? null : o.decision().name(), o.learningRoute(),
                        o.sentToPanel(), o.panelResponseDate(), o.panelResponse(), id, version)
                .update() == 1;
    }

    private static RapidReviewRecord row(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        var outcome = new RapidReviewOutcome(rs.getObject("meeting_date", LocalDate.class), rs.getString("findings"),
                decision == null ? null : RapidReviewDecision.valueOf(decision), rs.getString("learning_route"),
                rs.getObject("sent_to_panel", LocalDate.class), rs.getObject("panel_response_date", LocalDate.class),
                rs.getString("panel_response"));
        return new RapidReviewRecord(rs.getLong("id"), rs.getString("reference"), rs.getLong("notification_id"), outcome, rs.getLong("version"));
    }
}
