package app.lantern.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.shared.PageOf;
import app.lantern.shared.Rag;

/**
 * The tracker's SQL. The rating and "overdue" are computed in SQL with the same rules as
 * {@link ActionRules}, from today's date passed in, so filters and counts agree with what a page shows.
 */
@Repository
class ActionStore {

    /**
     * {@link ActionRules#rag} in SQL, one condition per rating ({@code :today} and {@code :atRisk},
     * today plus {@value ActionRules#AT_RISK_DAYS} days, are bound by the query). Plain conditions
     * rather than one CASE expression, so that the planner can estimate them and use the due-date
     * indexes; {@code ActionRulesInSqlIT} checks they select exactly what the Java rules rate that way.
     */
    static String ragCondition(Rag rag) {
        String open = "a.status IN ('NOT_STARTED', 'IN_PROGRESS')";
        String derived = "a.rag_override IS NULL AND ";
        return switch (rag) {
            case BLUE -> "a.status = 'COMPLETED'";
            case RED -> "(a.status = 'CLOSED' OR (" + open + " AND (a.rag_override = 'RED' OR (" + derived + "a.due_date < :today))))";
            case AMBER -> "(" + open + " AND (a.rag_override = 'AMBER' OR (" + derived
                    + "a.status = 'NOT_STARTED' AND a.due_date >= :today AND a.due_date <= :atRisk)))";
            case GREEN -> "(" + open + " AND (a.rag_override = 'GREEN' OR (" + derived
                    + "a.due_date >= :today AND (a.status = 'IN_PROGRESS' OR a.due_date > :atRisk))))";
        };
    }

    /** Open actions first, soonest due first; then finished ones. Matches the index action_list_order_ix. */
    static final String LIST_ORDER = "(a.status IN ('COMPLETED', 'CLOSED')), a.due_date, a.id";

    /**
     * With one status chosen, or only overdue or due-soon actions (all open), every match is open
     * or every match is finished, so due date and id alone give the same order as
     * {@link #LIST_ORDER}, and the owner, source and open-due-date indexes can serve it.
     */
    private static String order(ActionFilter filter) {
        return filter.status() != null || filter.overdue() || filter.dueSoon() ? "a.due_date, a.id" : LIST_ORDER;
    }

    static final String OPEN_SQL = "a.status IN ('NOT_STARTED', 'IN_PROGRESS')";

    private static final String COLUMNS = "a.id, a.title, a.description, a.source_kind, a.source_id, a.source_title, a.source_path, "
            + "a.owner_organisation_id, a.owner_person_id, a.due_date, a.status, a.closed_reason, a.finished_on, a.rag_override, "
            + "a.rag_override_reason, a.signed_off_at, a.signed_off_by, a.impact, a.created_at, a.created_by, a.version";

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    /** Lists count at most this many matches exactly; beyond it they say "more than 1,000". */
    static final int COUNT_CAP = 1000;

    private final JdbcClient jdbc;

    /** Bumped by every write through this store, so cached counts know they are stale. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private final ActionSources sources;

    ActionStore(JdbcClient jdbc, ActionSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    long generation() {
        return generation.get();
    }

    long insert(NewAction a, OffsetDateTime now, Long createdBy) {
        generation.incrementAndGet();
        return jdbc.sql("""
                INSERT INTO action_item (title, description, source_kind, source_id, source_title, source_path,
                    owner_organisation_id, owner_person_id, due_date, created_at, created_by)
                VALUES (:title, :description, :kind, :sourceId, :sourceTitle, :sourcePath, :org, :person, :due, :now, :by)
                RETURNING id""")
                .param("title", a.title().strip()).param("description", blankToNull(a.description()))
                .param("kind", a.source().kind().code()).param("sourceId", a.source().sourceId())
                .param("sourceTitle", a.source().title()).param("sourcePath", a.source().path())
                .param("org", a.ownerOrganisationId()).param("person", a.ownerPersonId()).param("due", a.due())
                .param("now", now).param("by", createdBy)
                .query(Long.class).single();
    }

    Optional<ActionRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_item a WHERE a.id = :id").param("id", id)
                .query(this::record).optional();
    }

    /** Writes the action's changeable fields if its version is still {@code expectedVersion}; false if someone got there first. */
    boolean update(ActionRecord a, long expectedVersion) {
        generation.incrementAndGet();
        return jdbc.sql("""
                UPDATE action_item SET title = :title, description = :description, owner_organisation_id = :org,
                    owner_person_id = :person, due_date = :due, status = :status, closed_reason = :closedReason,
                    finished_on = :finishedOn, rag_override = :override, rag_override_reason = :overrideReason,
                    signed_off_at = :signedOffAt, signed_off_by = :signedOffBy, impact = :impact, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("title", a.title()).param("description", a.description()).param("org", a.ownerOrganisationId())
                .param("person", a.ownerPersonId()).param("due", a.due()).param("status", a.status().name())
                .param("closedReason", a.closedReason()).param("finishedOn", a.finishedOn())
                .param("override", a.ragOverride() == null ? null : a.ragOverride().name())
                .param("overrideReason", a.ragOverrideReason()).param("signedOffAt", a.signedOffAt())
                .param("signedOffBy", a.signedOffBy()).param("impact", a.impact())
                .param("id", a.id()).param("version", expectedVersion)
                .update() == 1;
    }

    /** Moves the source reference of open actions from one source to another (a plan carried forward). */
    int moveOpen(SourceReference from, SourceReference to) {
        generation.incrementAndGet();
        return jdbc.sql("UPDATE action_item a SET source_kind = :toKind, source_id = :toId, source_title = :toTitle, "
                + "source_path = :toPath, version = version + 1 WHERE a.source_kind = :fromKind AND a.source_id = :fromId AND " + OPEN_SQL)
                .param("toKind", to.kind().code()).param("toId", to.sourceId()).param("toTitle", to.title()).param("toPath", to.path())
                .param("fromKind", from.kind().code()).param("fromId", from.sourceId())
                .update();
    }

    List<Long> openIdsOf(SourceReference source) {
        return jdbc.sql("SELECT a.id FROM action_item a WHERE a.source_kind = :kind AND a.source_id = :id AND " + OPEN_SQL + " ORDER BY a.id")
                .param("kind", source.kind().code()).param("id", source.sourceId()).query(Long.class).list();
    }

    List<ActionRecord> ofSources(SourceKind kind, List<String> sourceIds) {
        if (sourceIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_item a WHERE a.source_kind = :kind AND a.source_id IN (:ids) ORDER BY a.due_date, a.id")
                .param("kind", kind.code()).param("ids", sourceIds)
                .query(this::record).list();
    }

    /**
     * A page of the filter's matches. Counting every match of a broad filter over 100,000 actions
     * costs more than the page itself, so at most {@value #COUNT_CAP} + 1 are counted: a total of
     * {@value #COUNT_CAP} + 1 means "more than {@value #COUNT_CAP}", and pages stop at the cap.
     */
    Found page(ActionFilter filter, LocalDate today, int requestedPage, int size) {
        var where = new Where(filter, today);
        long total = where.bind(jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM action_item a" + where.sql() + " LIMIT :cap) m"))
                .param("cap", COUNT_CAP + 1).query(Long.class).single();
        int page = PageOf.within(requestedPage, Math.min(total, COUNT_CAP), size);
        List<ActionRecord> items = total == 0 ? List.of()
                // the page's ids first, which the covering indexes answer without reading rows; then those 25 rows
                : where.bind(jdbc.sql("SELECT " + COLUMNS + " FROM action_item a WHERE a.id IN (SELECT a.id FROM action_item a"
                        + where.sql() + " ORDER BY " + order(filter) + " LIMIT :limit OFFSET :offset) ORDER BY " + order(filter)))
                        .param("limit", size).param("offset", PageOf.offset(page, size))
                        .query(this::record).list();
        return new Found(new PageOf<>(items, page, size, Math.min(total, COUNT_CAP)), total > COUNT_CAP);
    }

    /** A page of matches; {@code more} when there were more than {@value #COUNT_CAP} and the total is the cap. */
    record Found(PageOf<ActionRecord> page, boolean more) {
    }

    /** Streams every action the filter selects, in due-date order, one row at a time. */
    void each(ActionFilter filter, LocalDate today, Consumer<ActionRecord> consumer) {
        var where = new Where(filter, today);
        where.bind(jdbc.sql("SELECT " + COLUMNS + " FROM action_item a" + where.sql() + " ORDER BY " + order(filter)))
                .withFetchSize(1000)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(record(rs, 0)));
    }

    long overdueCount(Long organisationId, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM action_item a WHERE " + OPEN_SQL + " AND a.due_date < :today"
                + (organisationId == null ? "" : " AND a.owner_organisation_id = :org"))
                .param("today", today).param("org", organisationId).query(Long.class).single();
    }

    /** Open actions with a named owner that are overdue or due within {@code days}, by owner then due date. */
    List<ActionRecord> overdueOrDueWithin(LocalDate today, int days) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_item a WHERE " + OPEN_SQL
                + " AND a.owner_person_id IS NOT NULL AND a.due_date <= :until ORDER BY a.owner_person_id, a.due_date, a.id")
                .param("until", today.plusDays(days)).query(this::record).list();
    }

    /** Rows for the yearly figures: every action raised by the year's end and not finished before its start. */
    List<ActionRecord> liveBetween(LocalDate start, LocalDate end) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_item a WHERE a.created_at < :after "
                + "AND (a.finished_on IS NULL OR a.finished_on >= :start) ORDER BY a.id")
                .param("after", end.plusDays(1).atStartOfDay(LONDON).toOffsetDateTime())
                .param("start", start).query(this::record).list();
    }

    void addEvent(long actionId, OffsetDateTime at, Long actorId, String actorName, String what, String detail) {
        jdbc.sql("INSERT INTO action_event (action_id, occurred_at, actor_id, actor_name, what, detail) VALUES (:a, :at, :actor, :name, :what, :detail)")
                .param("a", actionId).param("at", at).param("actor", actorId).param("name", actorName).param("what", what)
                .param("detail", detail == null ? null : truncate(detail, 4000)).update();
    }

    List<ActionEvent> events(long actionId) {
        return jdbc.sql("SELECT occurred_at, actor_name, what, detail FROM action_event WHERE action_id = :a ORDER BY occurred_at DESC, id DESC")
                .param("a", actionId)
                .query((rs, n) -> new ActionEvent(local(rs.getObject(1, OffsetDateTime.class)), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void addUpdate(long actionId, OffsetDateTime at, Long authorId, String authorName, String body) {
        jdbc.sql("INSERT INTO action_update (action_id, written_at, author_id, author_name, body) VALUES (:a, :at, :author, :name, :body)")
                .param("a", actionId).param("at", at).param("author", authorId).param("name", authorName).param("body", body).update();
    }

    List<ActionUpdate> updates(long actionId) {
        return jdbc.sql("SELECT written_at, author_name, body FROM action_update WHERE action_id = :a ORDER BY written_at DESC, id DESC")
                .param("a", actionId)
                .query((rs, n) -> new ActionUpdate(local(rs.getObject(1, OffsetDateTime.class)), rs.getString(2), rs.getString(3)))
                .list();
    }

    long addEvidence(long actionId, OffsetDateTime at, Long by, String byName, String description, String link, String fileName,
            String contentType, byte[] content) {
        return jdbc.sql("""
                INSERT INTO action_evidence (action_id, added_at, added_by, added_by_name, description, link, file_name, content_type, size_bytes, content)
                VALUES (:a, :at, :by, :name, :description, :link, :file, :type, :size, :content) RETURNING id""")
                .param("a", actionId).param("at", at).param("by", by).param("name", byName).param("description", description)
                .param("link", link).param("file", fileName).param("type", contentType)
                .param("size", content == null ? null : (long) content.length).param("content", content)
                .query(Long.class).single();
    }

    List<Evidence> evidence(long actionId) {
        return jdbc.sql("SELECT id, added_at, added_by_name, description, link, file_name, content_type, size_bytes FROM action_evidence "
                + "WHERE action_id = :a ORDER BY added_at, id").param("a", actionId)
                .query((rs, n) -> new Evidence(rs.getLong(1), local(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8)))
                .list();
    }

    Optional<EvidenceFile> evidenceFile(long actionId, long evidenceId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM action_evidence WHERE action_id = :a AND id = :id AND content IS NOT NULL")
                .param("a", actionId).param("id", evidenceId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    ActionRecord record(ResultSet rs, int row) throws SQLException {
        String override = rs.getString("rag_override");
        return new ActionRecord(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                sources.kind(rs.getString("source_kind")), rs.getString("source_id"), rs.getString("source_title"),
                rs.getString("source_path"), rs.getLong("owner_organisation_id"), (Long) rs.getObject("owner_person_id"),
                rs.getObject("due_date", LocalDate.class), ActionStatus.valueOf(rs.getString("status")), rs.getString("closed_reason"),
                rs.getObject("finished_on", LocalDate.class), override == null ? null : Rag.valueOf(override),
                rs.getString("rag_override_reason"), local(rs.getObject("signed_off_at", OffsetDateTime.class)),
                (Long) rs.getObject("signed_off_by"), rs.getString("impact"), rs.getObject("created_at", OffsetDateTime.class),
                (Long) rs.getObject("created_by"), rs.getLong("version"));
    }

    /** Times as people in England read them (the database answers in UTC). */
    private static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(LONDON).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * What someone typed in the search box as a full-text query: every word, as the start of a
     * word, must appear in the title or the source ("safeg proto" finds "Safeguarding protocol").
     * Only letters and digits are kept, so nothing typed can change the query's syntax.
     */
    static String searchWords(String typed) {
        var words = new ArrayList<String>();
        for (String w : typed.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && words.size() < 10) words.add(w + ":*");
        }
        return String.join(" & ", words);
    }

    /** The WHERE clause for a filter, and its parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        Where(ActionFilter f, LocalDate today) {
            params.put("today", today);
            if (!f.q().isEmpty()) {
                var id = ActionReference.parse(f.q());
                if (id.isPresent()) {
                    conditions.add("a.id = :qid");
                    params.put("qid", id.getAsLong());
                } else {
                    var words = searchWords(f.q());
                    if (words.isEmpty()) {
                        conditions.add("FALSE"); // only punctuation: nothing can match
                    } else {
                        conditions.add("a.search @@ to_tsquery('simple', :words)");
                        params.put("words", words);
                    }
                }
            }
            if (f.source() != null) {
                conditions.add("a.source_kind = :source");
                params.put("source", f.source().code());
            }
            if (f.ownerOrganisationId() != null) {
                conditions.add("a.owner_organisation_id = :owner");
                params.put("owner", f.ownerOrganisationId());
            }
            if (f.status() != null) {
                conditions.add("a.status = :status");
                params.put("status", f.status().name());
            }
            if (f.rag() != null) {
                conditions.add(ragCondition(f.rag()));
                params.put("atRisk", today.plusDays(ActionRules.AT_RISK_DAYS));
            }
            if (f.overdue()) conditions.add(OPEN_SQL + " AND a.due_date < :today");
            if (f.dueSoon()) {
                conditions.add(OPEN_SQL + " AND a.due_date >= :today AND a.due_date <= :soon");
                params.put("soon", today.plusDays(ActionRules.DUE_SOON_DAYS));
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    record ActionEvent(OffsetDateTime at, String actorName, String what, String detail) {
    }

    record ActionUpdate(OffsetDateTime at, String authorName, String body) {
    }

    record Evidence(long id, OffsetDateTime at, String addedByName, String description, String link, String fileName,
            String contentType, Long sizeBytes) {
    }

    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }
}
