package app.lantern.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.shared.PageOf;

/** The outbox's SQL. */
@Repository
class OutboxStore {

    static final int PAGE_SIZE = 50;
    private static final int MAX_ERROR = 1000;
    private static final String COLUMNS = "id, created_at, to_address, to_name, subject, body, status, note, attempts, "
            + "next_attempt_at, last_error, sent_at";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes an email. With a key, writes it only if no email with that key exists yet and
     * answers empty otherwise (the unique index decides, so two instances cannot both write it).
     */
    Optional<Long> insert(OutgoingEmail email, Instant now, EmailStatus status, String note, String onceKey) {
        return jdbc.sql("""
                INSERT INTO outbox_email (created_at, to_address, to_name, subject, body, status, note, once_key, next_attempt_at)
                VALUES (:now, :address, :name, :subject, :body, :status, :note, :key, :next)
                ON CONFLICT (once_key) DO NOTHING
                RETURNING id""")
                .param("now", ts(now)).param("address", email.toAddress()).param("name", email.toName())
                .param("subject", email.subject()).param("body", email.body()).param("status", status.name())
                .param("note", note).param("key", onceKey).param("next", status == EmailStatus.QUEUED ? ts(now) : null)
                .query(Long.class).optional();
    }

    PageOf<StoredEmail> page(int requestedPage) {
        long total = jdbc.sql("SELECT count(*) FROM outbox_email").query(Long.class).single();
        int page = PageOf.within(requestedPage, total, PAGE_SIZE);
        List<StoredEmail> rows = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM outbox_email ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                        .param("limit", PAGE_SIZE).param("offset", PageOf.offset(page, PAGE_SIZE))
                        .query(OutboxStore::row).list();
        return new PageOf<>(rows, page, PAGE_SIZE, total);
    }

    Optional<StoredEmail> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_email WHERE id = :id").param("id", id).query(OutboxStore::row).optional();
    }

    /**
     * The next queued email that is due, locked for this transaction; one another instance is
     * already sending is skipped rather than waited for.
     */
    Optional<StoredEmail> lockNextDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_email WHERE status = 'QUEUED' AND next_attempt_at <= :now "
                        + "ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param("now", ts(now)).query(OutboxStore::row).optional();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("UPDATE outbox_email SET status = 'SENT', sent_at = :at, attempts = attempts + 1, next_attempt_at = NULL WHERE id = :id")
                .param("at", ts(at)).param("id", id).update();
    }

    /** A failed try: tried again at {@code retryAt}, or given up (FAILED) when that is null. */
    void markAttemptFailed(long id, String error, Instant retryAt) {
        jdbc.sql("UPDATE outbox_email SET status = :status, attempts = attempts + 1, last_error = :error, next_attempt_at = :retry "
                        + "WHERE id = :id")
                .param("status", retryAt == null ? EmailStatus.FAILED.name() : EmailStatus.QUEUED.name())
                .param("error", truncate(error)).param("retry", retryAt == null ? null : ts(retryAt)).param("id", id).update();
    }

    /** Gives up on an email without trying it, saying why. */
    void markExpired(long id, String note) {
        jdbc.sql("UPDATE outbox_email SET status = 'FAILED', note = :note, next_attempt_at = NULL WHERE id = :id")
                .param("note", note).param("id", id).update();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static String truncate(String s) {
        if (s == null || s.isBlank()) return "No reason given";
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
    }

    private static StoredEmail row(ResultSet rs, int n) throws SQLException {
        var next = rs.getTimestamp("next_attempt_at");
        var sent = rs.getTimestamp("sent_at");
        return new StoredEmail(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("to_address"),
                rs.getString("to_name"), rs.getString("subject"), rs.getString("body"), EmailStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getInt("attempts"), next == null ? null : next.toInstant(), rs.getString("last_error"),
                sent == null ? null : sent.toInstant());
    }
}
