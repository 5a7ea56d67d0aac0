package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/**
 * Learning events (and how many attended) and learning points, and the year's learning figures.
 * Any signed-in person may read them; only the business unit records them.
 */
@Service
public class LearningService {

    private final JdbcClient jdbc;
    private final ActivityLog activity;
    private final BriefingService briefings;
    private final ReviewAccess access;

    LearningService(JdbcClient jdbc, ActivityLog activity, BriefingService briefings, ReviewAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.activity = activity;
        this.briefings = briefings;
    }

    record EventRecord(long id, LearningEventDetails details, String briefingTitle, String briefingSlug, long version) {
    }

    record PointRecord(long id, LearningPointDetails details, long version) {
    }

    // ---- facts --------------------------------------------------------------------------------

    /** The year's learning figures, each with the ids it counts. */
    @Transactional(readOnly = true)
    LearningFacts learningFacts(ReportingYear year) {
        var published = briefings.publishedBetween(year.start(), year.end());
        var events = events(year);
        var held = events.stream().map(EventRecord::id).toList();
        var withAttendance = events.stream().filter(e -> e.details().attended() != null).map(EventRecord::id).toList();
        int attended = events.stream().filter(e -> e.details().attended() != null).mapToInt(e -> e.details().attended()).sum();
        Map<LearningTheme, List<Long>> byTheme = new EnumMap<>(LearningTheme.class);
        for (var theme : LearningTheme.values()) byTheme.put(theme, new ArrayList<>());
        for (var p : points(year, null)) byTheme.get(p.details().theme()).add(p.id());
        var frozen = new LinkedHashMap<LearningTheme, List<Long>>();
        byTheme.forEach((k, v) -> frozen.put(k, v.stream().sorted().toList()));
        return new LearningFacts(year, published, held, withAttendance, attended, java.util.Collections.unmodifiableMap(frozen));
    }

    /** Reporting years with any learning recorded, newest first. */
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

    // ---- events -------------------------------------------------------------------------------

    /** Events, newest first; in one reporting year when {@code year} is set. */
    List<EventRecord> events(ReportingYear year) {
        String where = year == null ? "" : " WHERE e.held_on BETWEEN ? AND ?";
        var q = jdbc.sql("SELECT e.*, b.title AS briefing_title, b.slug AS briefing_slug, b.status AS briefing_status "
                + "FROM learning_event e LEFT JOIN briefing b ON b.id = e.briefing_id" + where + " ORDER BY e.held_on DESC, e.id DESC");
        if (year != null) q = q.params(year.start(), year.end());
        return q.query(LearningService::eventRow).list();
    }

    Optional<EventRecord> event(long id) {
        return jdbc.sql("SELECT e.*, b.title AS briefing_title, b.slug AS briefing_slug, b.status AS briefing_status "
                        + "FROM learning_event e LEFT JOIN briefing b ON b.id = e.briefing_id WHERE e.id = ?")
                .param(id).query(LearningService::eventRow).optional();
    }

    /** Records a learning event and returns its id. Only the business unit may. */
    @Transactional
    public long addEvent(LearningEventDetails d, CurrentPerson person) {
        access.requireManages(person, "record a learning event");
        long id = jdbc.sql("""
                INSERT INTO learning_event (title, held_on, format, briefing_id, related_review, places, attended, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.title(), d.heldOn(), d.format().name(), d.briefingId(), d.relatedReview(), d.places(),
                        d.attended(), d.notes())
                .query(Long.class).single();
        activity.recordChange(ActivityAction.CREATED, "learning event", id, "Learning event '" + d.title() + "'", null,
                describe(d));
        return id;
    }

    /** @throws OptimisticLockingFailureException when someone else changed it since {@code version} */
    @Transactional
    void updateEvent(long id, long version, LearningEventDetails d, CurrentPerson person) {
        access.requireManages(person, "change learning event " + id);
        var before = event(id).orElseThrow(RecordNotFoundException::new);
        int n = jdbc.sql("""
                UPDATE learning_event SET title = ?, held_on = ?, format = ?, briefing_id = ?, related_review = ?, places = ?,
                    attended = ?, notes = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), d.heldOn(), d.format().name(), d.briefingId(), d.relatedReview(), d.places(),
                        d.attended(), d.notes(), id, version)
                .update();
        if (n == 0) throw new OptimisticLockingFailureException("Learning event " + id + " changed since version " + version);
        activity.recordChange(ActivityAction.CHANGED, "learning event", id, "Learning event '" + d.title() + "'",
                describe(before.details()), describe(d));
    }

    // ---- points -------------------------------------------------------------------------------

    /** Points, newest first, in a year and of a theme when given. */
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
        return jdbc.sql(sql.toString()).params(params).query(LearningService::pointRow).list();
    }

    Optional<PointRecord> point(long id) {
        return jdbc.sql("SELECT * FROM learning_point WHERE id = ?").param(id).query(LearningService::pointRow).optional();
    }

    /** Records a learning point and returns its id. Only the business unit may. */
    @Transactional
    public long addPoint(LearningPointDetails d, CurrentPerson person) {
        access.requireManages(person, "record a learning point");
        long id = jdbc.sql("""
                INSERT INTO learning_point (text, identified_on, source, source_title, theme) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(d.text(), d.identifiedOn(), d.source().name(), d.sourceTitle(), d.theme().name())
                .query(Long.class).single();
        activity.recordChange(ActivityAction.CREATED, "learning point", id, "Learning point (" + d.theme().label() + ")", null,
                describe(d));
        return id;
    }

    /** @throws OptimisticLockingFailureException when someone else changed it since {@code version} */
    @Transactional
    void updatePoint(long id, long version, LearningPointDetails d, CurrentPerson person) {
        access.requireManages(person, "change learning point " + id);
        var before = point(id).orElseThrow(RecordNotFoundException::new);
        int n = jdbc.sql("""
                UPDATE learning_point SET text = ?, identified_on = ?, source = ?, source_title = ?, theme = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.text(), d.identifiedOn(), d.source().name(), d.sourceTitle(), d.theme().name(), id, version)
                .update();
        if (n == 0) throw new OptimisticLockingFailureException("Learning point " + id + " changed since version " + version);
        activity.recordChange(ActivityAction.CHANGED, "learning point", id, "Learning point (" + d.theme().label() + ")",
                describe(before.details()), describe(d));
    }


    private static String describe(LearningEventDetails d) {
        return d.title() + "; " + d.heldOn() + "; " + d.format().label() + "; places " + (d.places() == null ? "not limited" : d.places())
                + "; attended " + (d.attended() == null ? "not recorded" : d.attended());
    }

    private static String describe(LearningPointDetails d) {
        return d.identifiedOn() + "; " + d.theme().label() + "; " + d.source().label() + " – " + d.sourceTitle() + "; " + d.text();
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
