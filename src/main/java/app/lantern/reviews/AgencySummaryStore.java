package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL for the requests a rapid review sends to the involved agencies and the summaries they
 * answer with. Rows come back without the organisation's name, which the service adds.
 */
@Repository
class AgencySummaryStore {

    private static final String SELECT = "SELECT q.* FROM agency_summary_request q";

    private final JdbcClient jdbc;

    AgencySummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests of these rapid reviews, in the order they were made. */
    List<AgencySummaryRequest> ofReviews(List<Long> rapidReviewIds) {
        if (rapidReviewIds.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " WHERE q.rapid_review_id = ANY(?) ORDER BY q.id").param(rapidReviewIds.toArray(Long[]::new))
                .query(AgencySummaryStore::row).list();
    }

    Optional<AgencySummaryRequest> find(long rapidReviewId, long requestId) {
        return jdbc.sql(SELECT + " WHERE q.rapid_review_id = ? AND q.id = ?").params(rapidReviewId, requestId)
                .query(AgencySummaryStore::row).optional();
    }

    /** Ids of a rapid review's requests by the organisation asked, in the order they were made. */
    Map<Long, Long> idsByOrganisation(long rapidReviewId) {
        var map = new LinkedHashMap<Long, Long>();
        jdbc.sql("SELECT organisation_id, id FROM agency_summary_request WHERE rapid_review_id = ? ORDER BY id").param(rapidReviewId)
                .query((rs, i) -> map.put(rs.getLong(1), rs.getLong(2))).list();
        return map;
    }

    /** How many requests to this organisation await its answer. */
    int openCount(long organisationId) {
        return jdbc.sql("SELECT count(*) FROM agency_summary_request WHERE organisation_id = ? AND status = 'REQUESTED'")
                .param(organisationId).query(Integer.class).single();
    }

    /** The requests to this organisation awaiting its answer, soonest due first. */
    List<AgencySummaryRequest> openFor(long organisationId) {
        return jdbc.sql(SELECT + " WHERE q.organisation_id = ? AND q.status = 'REQUESTED' ORDER BY q.due_date, q.id")
                .param(organisationId).query(AgencySummaryStore::row).list();
    }

    boolean asked(long rapidReviewId, long organisationId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency_summary_request WHERE rapid_review_id = ? AND organisation_id = ?)")
                .params(rapidReviewId, organisationId).query(Boolean.class).single();
    }

    long insert(long rapidReviewId, long organisationId, LocalDate on, LocalDate due) {
        return jdbc.sql("INSERT INTO agency_summary_request (rapid_review_id, organisation_id, requested_on, due_date) VALUES (?, ?, ?, ?) RETURNING id")
                .params(rapidReviewId, organisationId, on, due).query(Long.class).single();
    }

    void delete(long requestId) {
        jdbc.sql("DELETE FROM agency_summary_request WHERE id = ?").param(requestId).update();
    }

    /** Changes the due date if the request is still at {@code version}; false (nothing changed) otherwise. */
    boolean changeDue(long requestId, long version, LocalDate due) {
        return jdbc.sql("UPDATE agency_summary_request SET due_date = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(due, requestId, version).update() == 1;
    }

    /** Records the summary if the request is still unanswered at {@code version}; false (nothing changed) otherwise. */
    boolean submit(long requestId, long version, String involvement, String immediateLearning, long by, String byName, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE agency_summary_request SET status = 'SUBMITTED', involvement = ?, immediate_learning = ?, submitted_by = ?,
                    submitted_by_name = ?, submitted_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'REQUESTED'""")
                .params(involvement, immediateLearning, by, byName, at, requestId, version).update() == 1;
    }

    private static AgencySummaryRequest row(ResultSet rs, int i) throws SQLException {
        return new AgencySummaryRequest(rs.getLong("id"), rs.getLong("rapid_review_id"), rs.getLong("organisation_id"), null,
                rs.getObject("requested_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                AgencySummaryStatus.valueOf(rs.getString("status")), rs.getString("involvement"), rs.getString("immediate_learning"),
                rs.getString("submitted_by_name"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getLong("version"));
    }
}
