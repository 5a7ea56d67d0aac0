package app.lantern.identity;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes entries to the {@code activity_log} table for {@link ActivityLog}; {@link ActivityLogQuery} reads them. */
@Repository
class ActivityLogStore {

    private final JdbcClient jdbc;

    ActivityLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, Long actorId, String actorEmail, ActivityAction action, String recordType, String recordId,
            String summary, String before, String after) {
        jdbc.sql("""
                INSERT INTO activity_log (occurred_at, actor_id, actor_email, action, record_type, record_id, summary, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(java.sql.Timestamp.from(at), actorId, actorEmail, action.name(), recordType, recordId, summary, before,
                        after)
                .update();
    }
}
