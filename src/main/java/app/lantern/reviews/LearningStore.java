package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.reviews.LearningService.EventRecord;
import app.lantern.reviews.LearningService.PointRecord;
import app.lantern.shared.ReportingYear;

/** Plain SQL for learning events (with the briefing each presented, if published) and learning points. */
@Repository
class LearningStore {

    private static final String SELECT_EVENT = "SELECT e.*, b.title AS briefing_title, b.slug AS briefing_slug, b.status AS briefing_status "
            + "FROM learning_event e LEFT JOIN briefing b ON b.id = e.briefing_id";

    private final JdbcClient jdbc;

    LearningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reporting years (April to March) with any event, point or published briefing, newest first. */
    List<ReportingYear> yearsWithLearning() {
        return jdbc.sql("""
                SELECT DISTINCT y FROM (
                  SELECT CAST(EXTRACT(YEAR FROM d - INTERVAL '3 months') AS INT) AS y FROM (
                    SELECT held_on AS d FROM learning_event
                    UNION ALL SELECT identified_on FROM learning_point
                    UNION ALL SELECT published_on FROM briefing WHERE published_on IS NOT NULL) dates) years
                WHERE y BETWEEN 1990 AND 2200 ORDER BY y DESC""")
                .query(Integer.class).list().stream().map(ReportingYear::new).toList();
    }

    /** Events, newest first; only those held in {@code year} when it is set. */
    List<EventRecord> events(ReportingYear year) {
        if (year == null) return jdbc.sql(SELECT_EVENT + " ORDER BY e.held_on DESC, e.id DESC").query(LearningStore::eventRow).list();
        return jdbc.sql(SELECT_EVENT + " WHERE e.held_on BETWEEN ? AND ? ORDER BY e.held_on DESC, e.id DESC")
                .params(year.start(), year.end()).query(LearningStore::eventRow).list();
    }

    Optional<EventRecord> event(long id) {
        return jdbc.sql(SELECT_EVENT + " WHERE e.id = ?").param(id).query(LearningStore::eventRow).optional();
    }

    long insertEvent(LearningEventDetails d) {
        return jdbc.sql("""
                INSERT INTO learning_event (title, held_on, format, briefing_id, related_review, places, attended, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.title(), d.heldOn(), d.format().name(), d.briefingId(), d.relatedReview(), d.places(),
                        d.attended(), d.notes())
                .query(Long.class).single();
    }

    /** Changes the event if it is still at {@code version}; false (nothing changed) otherwise. */
    boolean updateEvent(long id, long version, LearningEventDetails d) {
        return jdbc.sql("""
                UPDATE learning_event SET title = ?, held_on = ?, format = ?, briefing_id = ?, related_review = ?, places = ?,
                    attended = ?, notes = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), d.heldOn(), d.format().name(), d.briefingId(), d.relatedReview(), d.places(),
                        d.attended(), d.notes(), id, version)
                .update() == 1;
    }

    /** Points, newest first; only those identified in {@code year} and of {@code theme} when they are set. */
    List<PointRecord> points(ReportingYear year, LearningTheme theme) {
        var sql = new StringBuilder("SELECT * FROM learning_point WHERE true");
        var params = new ArrayList<Object>();
        if (year != null) {
            sql.append(" AND identified_on BETWEEN ? AND ?");
            params.add(year.start());
            params.add(year.end());
        }
        if (theme != null) {
            sql.append(" AND theme = ?");
            params.add(theme.name());
        }
        sql.append(" ORDER BY identified_on DESC, id DESC");
        return jdbc.sql(sql.toString()).params(params).query(LearningStore::pointRow).list();
    }

    Optional<PointRecord> point(long id) {
        return jdbc.sql("SELECT * FROM learning_point WHERE id = ?").param(id).query(LearningStore::pointRow).optional();
    }

    long insertPoint(LearningPointDetails d) {
        return jdbc.sql("""
                INSERT INTO learning_point (text, identified_on, source, source_title, theme) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(d.text(), d.identifiedOn(), d.source().name(), d.sourceTitle(), d.theme().name())
                .query(Long.class).single();
    }

    /** Changes the point if it is still at {@code version}; false (nothing changed) otherwise. */
    boolean updatePoint(long id, long version, LearningPointDetails d) {
        return jdbc.sql("""
                UPDATE learning_point SET text = ?, identified_on = ?, source = ?, source_title = ?, theme = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.text(), d.identifiedOn(), d.source().name(), d.sourceTitle(), d.theme().name(), id, version)
                .update() == 1;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static EventRecord eventRow(ResultSet rs, int n) throws SQLException {
        long b = rs.getLong("briefing_id");
        Long briefingId = rs.wasNull() ? null : b;
        var d = new LearningEventDetails(rs.getString("title"), rs.getObject("held_on", LocalDate.class),
                LearningEventFormat.valueOf(rs.getString("format")), briefingId, rs.getString("related_review"),
                intOrNull(rs, "places"), intOrNull(rs, "attended"), rs.getString("notes"));
        boolean published = "PUBLISHED".equals(rs.getString("briefing_status"));
        return new EventRecord(rs.getLong("id"), d, published ? rs.getString("briefing_title") : null,
                published ? rs.getString("briefing_slug") : null, rs.getLong("version"));
    }

    private static PointRecord pointRow(ResultSet rs, int n) throws SQLException {
        var d = new LearningPointDetails(rs.getString("text"), rs.getObject("identified_on", LocalDate.class),
                BriefingSubject.valueOf(rs.getString("source")), rs.getString("source_title"),
                LearningTheme.valueOf(rs.getString("theme")));
        return new PointRecord(rs.getLong("id"), d, rs.getLong("version"));
    }
}
