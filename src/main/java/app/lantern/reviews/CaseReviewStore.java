package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for case reviews with their panel, milestones, findings, recommendations and report. */
@Repository
class CaseReviewStore {

    private final JdbcClient jdbc;

    CaseReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT_REVIEW = """
            SELECT r.id, r.reference, r.type_id, t.name AS type_name, t.statutory, r.title, r.rapid_review_id, r.decision_date,
                   r.terms_of_reference, r.reviewer_name, r.planned_publication, r.sent_to_panel_on, r.published_on,
                   r.published_name, r.report_link, f.file_name, r.version
              FROM case_review r JOIN review_type t ON t.id = r.type_id
              LEFT JOIN case_review_report f ON f.review_id = r.id
            """;

    Optional<CaseReview> find(long id) {
        return jdbc.sql(SELECT_REVIEW + " WHERE r.id = ?").param(id).query(CaseReviewStore::review).optional();
    }

    /** The id of the review with this reference, ignoring case and surrounding spaces. */
    Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM case_review WHERE upper(reference) = ?").param(reference.strip().toUpperCase(Locale.ROOT))
                .query(Long.class).optional();
    }

    Optional<String> referenceOf(long id) {
        return jdbc.sql("SELECT reference FROM case_review WHERE id = ?").param(id).query(String.class).optional();
    }

    /** All reviews, newest decision first (a partnership holds a handful a year, so no paging). */
    List<CaseReview> all() {
        return jdbc.sql(SELECT_REVIEW + " ORDER BY r.decision_date DESC, r.id DESC").query(CaseReviewStore::review).list();
    }

    /** The reviews a rapid review's decision commissioned. */
    List<CaseReview> commissionedBy(long rapidReviewId) {
        return jdbc.sql(SELECT_REVIEW + " WHERE r.rapid_review_id = ? ORDER BY r.id").param(rapidReviewId)
                .query(CaseReviewStore::review).list();
    }

    /** The reviews on whose panel this person is named, newest decision first. */
    List<CaseReview> onPanelOf(long personId) {
        return jdbc.sql(SELECT_REVIEW + " WHERE r.id IN (SELECT review_id FROM case_review_panel WHERE person_id = ?)"
                + " ORDER BY r.decision_date DESC, r.id DESC").param(personId).query(CaseReviewStore::review).list();
    }

    boolean rapidReviewExists(long rapidReviewId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rapid_review WHERE id = ?)").param(rapidReviewId).query(Boolean.class).single();
    }

    boolean onPanel(long reviewId, long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_review_panel WHERE review_id = ? AND person_id = ?)")
                .params(reviewId, personId).query(Boolean.class).single();
    }

    /** The next reference for a review decided in {@code year}; taken under a lock so two reviews never share one. */
    String nextReference(int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(4120012)").query((rs, n) -> 1).list();
        int taken = jdbc.sql("SELECT count(*) FROM case_review WHERE reference LIKE ?").param("CR-" + year + "-%")
                .query(Integer.class).single();
        return CaseReviewRules.reference(year, taken + 1);
    }

    long insert(String reference, long typeId, String title, Long rapidReviewId, LocalDate decision, String tor, String reviewer,
            LocalDate plannedPublication, OffsetDateTime now, Long by) {
        return jdbc.sql("""
                INSERT INTO case_review (reference, type_id, title, rapid_review_id, decision_date, terms_of_reference, reviewer_name,
                                         planned_publication, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(reference, typeId, title, rapidReviewId, decision, tor, reviewer, plannedPublication, now, by)
                .query(Long.class).single();
    }

    boolean update(long id, long version, long typeId, String title, LocalDate decision, String tor, String reviewer,
            LocalDate plannedPublication) {
        return jdbc.sql("""
                UPDATE case_review SET type_id = ?, title = ?, decision_date = ?, terms_of_reference = ?, reviewer_name = ?,
                       planned_publication = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(typeId, title, decision, tor, reviewer, plannedPublication, id, version).update() == 1;
    }

    boolean updatePublication(long id, long version, LocalDate sent, LocalDate published, String name, String link) {
        return jdbc.sql("""
                UPDATE case_review SET sent_to_panel_on = ?, published_on = ?, published_name = ?, report_link = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(sent, published, name, link, id, version).update() == 1;
    }

    void saveReport(long id, String fileName, byte[] content, OffsetDateTime now, Long by) {
        jdbc.sql("""
                INSERT INTO case_review_report (review_id, file_name, size_bytes, content, uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (review_id) DO UPDATE SET file_name = EXCLUDED.file_name, size_bytes = EXCLUDED.size_bytes,
                       content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at, uploaded_by = EXCLUDED.uploaded_by""")
                .params(id, fileName, content.length, content, now, by).update();
    }

    Optional<PublicationFile> report(long id) {
        return jdbc.sql("SELECT file_name, content FROM case_review_report WHERE review_id = ?").param(id)
                .query((rs, n) -> new PublicationFile(rs.getString("file_name"), rs.getBytes("content"))).optional();
    }

    private static CaseReview review(ResultSet rs, int row) throws SQLException {
        long rapid = rs.getLong("rapid_review_id");
        Long rapidId = rs.wasNull() ? null : rapid;
        return new CaseReview(rs.getLong("id"), rs.getString("reference"), rs.getLong("type_id"), rs.getString("type_name"),
                rs.getBoolean("statutory"), rs.getString("title"), rapidId, rs.getObject("decision_date", LocalDate.class),
                rs.getString("terms_of_reference"), rs.getString("reviewer_name"), rs.getObject("planned_publication", LocalDate.class),
                rs.getObject("sent_to_panel_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getString("published_name"), rs.getString("report_link"), rs.getString("file_name"), rs.getLong("version"));
    }

    // --- panel

    List<PanelMember> panel(long reviewId) {
        return jdbc.sql("""
                SELECT id, review_id, person_id, panel_role FROM case_review_panel WHERE review_id = ? ORDER BY id""").param(reviewId)
                .query((rs, n) -> new PanelMember(rs.getLong("id"), rs.getLong("review_id"), rs.getLong("person_id"),
                        rs.getString("panel_role"), null, null)).list();
    }

    void addPanelMember(long reviewId, long personId, String role, OffsetDateTime now) {
        jdbc.sql("INSERT INTO case_review_panel (review_id, person_id, panel_role, added_at) VALUES (?, ?, ?, ?)")
                .params(reviewId, personId, role, now).update();
    }

    boolean removePanelMember(long reviewId, long memberId) {
        return jdbc.sql("DELETE FROM case_review_panel WHERE review_id = ? AND id = ?").params(reviewId, memberId).update() == 1;
    }

    // --- milestones

    private static final String SELECT_MILESTONE = "SELECT id, review_id, code, position, name, due, done_on, version FROM case_review_milestone";

    List<Milestone> milestones(long reviewId) {
        return jdbc.sql(SELECT_MILESTONE + " WHERE review_id = ? ORDER BY position, id").param(reviewId)
                .query(CaseReviewStore::milestone).list();
    }

    /** Open milestones of these reviews, by due date. */
    List<Milestone> openMilestones(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) return List.of();
        return jdbc.sql(SELECT_MILESTONE + " WHERE done_on IS NULL AND review_id IN (:ids) ORDER BY due, id")
                .param("ids", List.copyOf(reviewIds)).query(CaseReviewStore::milestone).list();
    }

    Optional<Milestone> milestone(long reviewId, long milestoneId) {
        return jdbc.sql(SELECT_MILESTONE + " WHERE review_id = ? AND id = ?").params(reviewId, milestoneId)
                .query(CaseReviewStore::milestone).optional();
    }

    void insertMilestone(long reviewId, MilestonePlan plan, LocalDate due) {
        jdbc.sql("INSERT INTO case_review_milestone (review_id, code, position, name, due) VALUES (?, ?, ?, ?, ?)")
                .params(reviewId, plan.name(), plan.ordinal() + 1, plan.label(), due).update();
    }

    boolean updateMilestone(long id, long version, LocalDate due, LocalDate doneOn) {
        return jdbc.sql("UPDATE case_review_milestone SET due = ?, done_on = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(due, doneOn, id, version).update() == 1;
    }

    private static Milestone milestone(ResultSet rs, int row) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getLong("review_id"), rs.getString("code"), rs.getInt("position"),
                rs.getString("name"), rs.getObject("due", LocalDate.class), rs.getObject("done_on", LocalDate.class), rs.getLong("version"));
    }

    // --- findings

    List<CaseReviewFinding> findings(long reviewId) {
        return jdbc.sql("SELECT id, number, body, added_at, added_by_name FROM case_review_finding WHERE review_id = ? ORDER BY number")
                .param(reviewId).query((rs, n) -> new CaseReviewFinding(rs.getLong("id"), rs.getInt("number"), rs.getString("body"),
                        rs.getObject("added_at", OffsetDateTime.class), rs.getString("added_by_name"))).list();
    }

    int addFinding(long reviewId, String body, OffsetDateTime now, String byName) {
        jdbc.sql("SELECT id FROM case_review WHERE id = ? FOR UPDATE").param(reviewId).query(Long.class).single();
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM case_review_finding WHERE review_id = ?")
                .param(reviewId).query(Integer.class).single();
        jdbc.sql("INSERT INTO case_review_finding (review_id, number, body, added_at, added_by_name) VALUES (?, ?, ?, ?, ?)")
                .params(reviewId, number, body, now, byName).update();
        return number;
    }

    // --- recommendations

    private static final String SELECT_RECOMMENDATION =
            "SELECT id, review_id, number, body, owner_organisation_id, due, made_on, action_id FROM case_review_recommendation";

    List<Recommendation> recommendations(long reviewId) {
        return jdbc.sql(SELECT_RECOMMENDATION + " WHERE review_id = ? ORDER BY number").param(reviewId)
                .query(CaseReviewStore::recommendation).list();
    }

    List<Recommendation> recommendationsMadeBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT_RECOMMENDATION + " WHERE made_on BETWEEN ? AND ? ORDER BY review_id, number").params(from, to)
                .query(CaseReviewStore::recommendation).list();
    }

    /** Locks the review and returns the number its next recommendation takes. */
    int nextRecommendationNumber(long reviewId) {
        jdbc.sql("SELECT id FROM case_review WHERE id = ? FOR UPDATE").param(reviewId).query(Long.class).single();
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM case_review_recommendation WHERE review_id = ?")
                .param(reviewId).query(Integer.class).single();
    }

    void insertRecommendation(long reviewId, int number, String body, long ownerOrganisationId, LocalDate due, LocalDate madeOn,
            long actionId) {
        jdbc.sql("""
                INSERT INTO case_review_recommendation (review_id, number, body, owner_organisation_id, due, made_on, action_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(reviewId, number, body, ownerOrganisationId, due, madeOn, actionId).update();
    }

    private static Recommendation recommendation(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getLong("review_id"), rs.getInt("number"), rs.getString("body"),
                rs.getLong("owner_organisation_id"), rs.getObject("due", LocalDate.class), rs.getObject("made_on", LocalDate.class),
                rs.getLong("action_id"));
    }

    // --- facts

    List<CaseReview> decidedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT_REVIEW + " WHERE r.decision_date BETWEEN ? AND ? ORDER BY r.decision_date, r.id").params(from, to)
                .query(CaseReviewStore::review).list();
    }

    List<CaseReview> publishedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT_REVIEW + " WHERE r.published_on BETWEEN ? AND ? ORDER BY r.published_on, r.id").params(from, to)
                .query(CaseReviewStore::review).list();
    }
}
