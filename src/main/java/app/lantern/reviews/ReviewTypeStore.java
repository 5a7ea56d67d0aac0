package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the review types the business unit configures. */
@Repository
class ReviewTypeStore {

    private final JdbcClient jdbc;

    ReviewTypeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All review types, statutory first, then by name. */
    List<ReviewType> all() {
        return jdbc.sql("SELECT id, name, statutory, publication_months, version FROM review_type ORDER BY statutory DESC, name")
                .query(ReviewTypeStore::row).list();
    }

    Optional<ReviewType> find(long id) {
        return jdbc.sql("SELECT id, name, statutory, publication_months, version FROM review_type WHERE id = ?")
                .param(id).query(ReviewTypeStore::row).optional();
    }

    /** The type with this name, ignoring case. */
    Optional<ReviewType> named(String name) {
        return jdbc.sql("SELECT id, name, statutory, publication_months, version FROM review_type WHERE lower(name) = lower(?)")
                .param(name).query(ReviewTypeStore::row).optional();
    }

    long insert(String name, boolean statutory, int months) {
        return jdbc.sql("INSERT INTO review_type (name, statutory, publication_months) VALUES (?, ?, ?) RETURNING id")
                .params(name, statutory, months).query(Long.class).single();
    }

    /** Changes the type if it is still at {@code version}; false (nothing changed) otherwise. */
    boolean update(long id, long version, String name, boolean statutory, int months) {
        return jdbc.sql("UPDATE review_type SET name = ?, statutory = ?, publication_months = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(name, statutory, months, id, version).update() == 1;
    }

    private static ReviewType row(ResultSet rs, int row) throws SQLException {
        return new ReviewType(rs.getLong("id"), rs.getString("name"), rs.getBoolean("statutory"), rs.getInt("publication_months"),
                rs.getLong("version"));
    }
}
