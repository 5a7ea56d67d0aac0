package app.lantern.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.WritesHistory;

/**
 * 7-minute briefings. Drafts are restricted review material: only the business unit and partner
 * leads may see them (anyone else gets 404, so a draft about a case review is not revealed before
 * the business unit chooses to publish it), and each read of a draft is logged. Only the business
 * unit writes and publishes. Published briefings are public, in the briefings library.
 */
@Service
public class BriefingService {

    static final String RECORD_TYPE = "briefing";
    private static final int LIBRARY_LIMIT = 500;

    private final JdbcClient jdbc;
    private final ActivityLog activity;
    private final ReviewAccess access;
    private final Clock clock;

    BriefingService(JdbcClient jdbc, ActivityLog activity, ReviewAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.activity = activity;
        this.access = access;
        this.clock = clock;
    }

    // ---- management ---------------------------------------------------------------------------

    /** Briefings this person may see in management: all for the business unit and partner leads, else published ones. */
    List<BriefingRecord> list(CurrentPerson person) {
        String where = access.sees(person) ? "" : " WHERE status = 'PUBLISHED'";
        return jdbc.sql("SELECT * FROM briefing" + where + " ORDER BY status, published_on DESC NULLS FIRST, updated_at DESC, id DESC")
                .query(BriefingService::row).list();
    }

    /** Published briefings, for choosing the one a learning event presented. */
    List<BriefingRecord> publishedChoices() {
        return jdbc.sql("SELECT * FROM briefing WHERE status = 'PUBLISHED' ORDER BY title").query(BriefingService::row).list();
    }

    /** A briefing this person may see, or 404; a draft's read is logged as restricted. */
    BriefingRecord view(CurrentPerson person, long id) {
        var b = find(id).orElseThrow(RecordNotFoundException::new);
        if (!b.published()) {
            if (!access.sees(person)) throw access.hidden("draft 7-minute briefing " + id);
            access.read(RECORD_TYPE, id, "Draft 7-minute briefing '" + b.title() + "'");
        }
        return b;
    }

    Optional<BriefingRecord> find(long id) {
        return jdbc.sql("SELECT * FROM briefing WHERE id = ?").param(id).query(BriefingService::row).optional();
    }

    /** Saves a new draft and returns its id. Only the business unit may. */
    @Transactional
    public long create(BriefingDetails d, CurrentPerson person) {
        access.requireManages(person, "create a 7-minute briefing");
        var now = Timestamp.from(clock.instant());
        String slug = freeSlug(d.title(), null);
        long id = jdbc.sql("""
                INSERT INTO briefing (title, slug, subject_kind, subject_id, subject_title, background, why_it_matters,
                    key_information, what_to_remember, what_to_do, questions, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id""")
                .params(d.title(), slug, d.subjectKind().name(), d.subjectId(), d.subjectTitle(), d.background(),
                        d.whyItMatters(), d.keyInformation(), d.whatToRemember(), d.whatToDo(), d.questions(), now, now)
                .query(Long.class).single();
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Draft 7-minute briefing '" + d.title() + "'", null,
                describe(d));
        return id;
    }

    /**
     * Changes a briefing if nobody else has since {@code version}. While a draft its slug follows the
     * title; once published the address stays the same.
     *
     * @throws OptimisticLockingFailureException when the version has moved on
     */
    @Transactional
    void update(long id, long version, BriefingDetails d, CurrentPerson person) {
        access.requireManages(person, "change 7-minute briefing " + id);
        var before = find(id).orElseThrow(RecordNotFoundException::new);
        String slug = before.published() ? before.slug() : freeSlug(d.title(), id);
        int n = jdbc.sql("""
                UPDATE briefing SET title = ?, slug = ?, subject_kind = ?, subject_id = ?, subject_title = ?, background = ?,
                    why_it_matters = ?, key_information = ?, what_to_remember = ?, what_to_do = ?, questions = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), slug, d.subjectKind().name(), d.subjectId(), d.subjectTitle(), d.background(),
                        d.whyItMatters(), d.keyInformation(), d.whatToRemember(), d.whatToDo(), d.questions(),
                        Timestamp.from(clock.instant()), id, version)
                .update();
        if (n == 0) throw new OptimisticLockingFailureException("Briefing " + id + " changed since version " + version);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "7-minute briefing '" + d.title() + "'",
                describe(before.details()), describe(d));
    }

    /**
     * Publishes a draft to the public library as it was on {@code on} (demo data and imports).
     *
     * @throws OptimisticLockingFailureException when it changed since {@code version} (or was already published)
     */
    @Transactional
    @WritesHistory
    public void publish(long id, long version, LocalDate on, CurrentPerson person) {
        publishOn(id, version, on, person);
    }

    /** Publishes a draft to the public library today. */
    @Transactional
    void publish(long id, long version, CurrentPerson person) {
        publishOn(id, version, LocalDate.now(clock), person);
    }

    private void publishOn(long id, long version, LocalDate date, CurrentPerson person) {
        access.requireManages(person, "publish 7-minute briefing " + id);
        var b = find(id).orElseThrow(RecordNotFoundException::new);
        int n = jdbc.sql("""
                UPDATE briefing SET status = 'PUBLISHED', published_on = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(date, Timestamp.from(clock.instant()), id, version).update();
        if (n == 0) throw new OptimisticLockingFailureException("Briefing " + id + " changed since version " + version);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, id, "Published 7-minute briefing '" + b.title()
                + "' at /briefings/" + b.slug(), "Draft", "Published " + date);
    }

    /** The title's slug, numbered if another briefing has it already. */
    private String freeSlug(String title, Long self) {
        String base = BriefingText.slug(title);
        List<String> taken = jdbc.sql("SELECT slug FROM briefing WHERE (slug = ? OR slug LIKE ?) AND id IS DISTINCT FROM ?")
                .params(base, base + "-%", self).query(String.class).list();
        for (int n = 1; ; n++) {
            String candidate = BriefingText.numbered(base, n);
            if (!taken.contains(candidate)) return candidate;
        }
    }

    // ---- public library -----------------------------------------------------------------------

    /** A published briefing by its address; drafts and unknown addresses are empty. */
    Optional<BriefingRecord> published(String slug) {
        if (!BriefingText.plausibleSlug(slug)) return Optional.empty();
        return jdbc.sql("SELECT * FROM briefing WHERE slug = ? AND status = 'PUBLISHED'").param(slug)
                .query(BriefingService::row).optional();
    }

    /** Published briefings, newest first; with words, only those containing every word. */
    List<BriefingRecord> library(String words) {
        var sql = new StringBuilder("SELECT * FROM briefing WHERE status = 'PUBLISHED'");
        var params = new java.util.ArrayList<Object>();
        for (String word : searchWords(words)) {
            sql.append(" AND concat_ws(' ', title, subject_title, background, why_it_matters, key_information, "
                    + "what_to_remember, what_to_do, questions) ILIKE ? ESCAPE '\\'");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY published_on DESC, id DESC LIMIT ").append(LIBRARY_LIMIT);
        return jdbc.sql(sql.toString()).params(params).query(BriefingService::row).list();
    }

    static List<String> searchWords(String words) {
        if (words == null || words.isBlank()) return List.of();
        return java.util.Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(8)
                .map(w -> w.length() > 60 ? w.substring(0, 60) : w).toList();
    }

    /** Ids of briefings published in the year, oldest first. */
    List<Long> publishedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT id FROM briefing WHERE status = 'PUBLISHED' AND published_on BETWEEN ? AND ? ORDER BY published_on, id")
                .params(from, to).query(Long.class).list();
    }

    private static String describe(BriefingDetails d) {
        return "Title: " + d.title() + "\nAbout: " + d.subjectKind().label() + " – " + d.subjectTitle()
                + (d.subjectId() == null ? "" : " (" + d.subjectId() + ")");
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
