package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for 7-minute briefings, drafts and published. */
@Repository
class BriefingStore {

    private final JdbcClient jdbc;

    BriefingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Briefings as management lists them: drafts first (latest changed first), then the newest published. */
    List<BriefingRecord> all(boolean withDrafts) {
        String where = withDrafts ? "" : " WHERE status = 'PUBLISHED'";
        return jdbc.sql("SELECT * FROM briefing" + where + " ORDER BY status, published_on DESC NULLS FIRST, updated_at DESC, id DESC")
                .query(BriefingStore::row).list();
    }

    /** Published briefings by title. */
    List<BriefingRecord> publishedByTitle() {
        return jdbc.sql("SELECT * FROM briefing WHERE status = 'PUBLISHED' ORDER BY title").query(BriefingStore::row).list();
    }

    Optional<BriefingRecord> find(long id) {
        return jdbc.sql("SELECT * FROM briefing WHERE id = ?").param(id).query(BriefingStore::row).optional();
    }

    /** The published briefing at this address. */
    Optional<BriefingRecord> published(String slug) {
        return jdbc.sql("SELECT * FROM briefing WHERE slug = ? AND status = 'PUBLISHED'").param(slug)
                .query(BriefingStore::row).optional();
    }

    /** Published briefings containing every word (in any field people read), newest first, at most {@code limit}. */
    List<BriefingRecord> publishedContaining(List<String> words, int limit) {
        var sql = new StringBuilder("SELECT * FROM briefing WHERE status = 'PUBLISHED'");
        var params = new ArrayList<Object>();
        for (String word : words) {
            sql.append(" AND concat_ws(' ', title, subject_title, background, why_it_matters, key_information, "
                    + "what_to_remember, what_to_do, questions) ILIKE ? ESCAPE '\\'");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY published_on DESC, id DESC LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(BriefingStore::row).list();
    }

    /** Ids of briefings published from {@code from} to {@code to}, oldest first. */
    List<Long> publishedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT id FROM briefing WHERE status = 'PUBLISHED' AND published_on BETWEEN ? AND ? ORDER BY published_on, id")
                .params(from, to).query(Long.class).list();
    }

    /** Slugs other briefings than {@code self} have that are {@code base} or start with {@code base-}. */
    List<String> slugsLike(String base, Long self) {
        return jdbc.sql("SELECT slug FROM briefing WHERE (slug = ? OR slug LIKE ?) AND id IS DISTINCT FROM ?")
                .params(base, base + "-%", self).query(String.class).list();
    }

    /** Inserts a draft and returns its id. */
    long insert(BriefingDetails d, String slug, Instant at) {
        var now = Timestamp.from(at);
        return jdbc.sql("""
                INSERT INTO briefing (title, slug, subject_kind, subject_id, subject_title, background, why_it_matters,
                    key_information, what_to_remember, what_to_do, questions, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id""")
                .params(d.title(), slug, d.subjectKind().name(), d.subjectId(), d.subjectTitle(), d.background(),
                        d.whyItMatters(), d.keyInformation(), d.whatToRemember(), d.whatToDo(), d.questions(), now, now)
                .query(Long.class).single();
    }

    /** Changes the briefing if it is still at {@code version}; false (nothing changed) otherwise. */
    boolean update(long id, long version, BriefingDetails d, String slug, Instant at) {
        return jdbc.sql("""
                UPDATE briefing SET title = ?, slug = ?, subject_kind = ?, subject_id = ?, subject_title = ?, background = ?,
                    why_it_matters = ?, key_information = ?, what_to_remember = ?, what_to_do = ?, questions = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), slug, d.subjectKind().name(), d.subjectId(), d.subjectTitle(), d.background(),
                        d.whyItMatters(), d.keyInformation(), d.whatToRemember(), d.whatToDo(), d.questions(),
                        Timestamp.from(at), id, version)
                .update() == 1;
    }

    /** Publishes the draft if it is still a draft at {@code version}; false (nothing changed) otherwise. */
    boolean publish(long id, long version, LocalDate on, Instant at) {
        return jdbc.sql("""
                UPDATE briefing SET status = 'PUBLISHED', published_on = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(on, Timestamp.from(at), id, version).update() == 1;
    }

    private static BriefingRecord row(ResultSet rs, int n) throws SQLException {
        long subject = rs.getLong("subject_id");
        Long subjectId = rs.wasNull() ? null : subject;
        var details = new BriefingDetails(rs.getString("title"), BriefingSubject.valueOf(rs.getString("subject_kind")),
                subjectId, rs.getString("subject_title"), rs.getString("background"), rs.getString("why_it_matters"),
                rs.getString("key_information"), rs.getString("what_to_remember"), rs.getString("what_to_do"),
                rs.getString("questions"));
        var published = rs.getObject("published_on", LocalDate.class);
        return new BriefingRecord(rs.getLong("id"), rs.getString("slug"), details, BriefingStatus.valueOf(rs.getString("status")),
                published, rs.getLong("version"));
    }
}
