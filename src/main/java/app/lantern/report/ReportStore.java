package app.lantern.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.lantern.shared.ReportingYear;

/** Plain SQL for reports, their chapters, parts, comments, sign-offs and published versions. */
@Repository
class ReportStore {

    private static final String REPORT = "SELECT id, start_year, la_lead_id, police_lead_id, icb_lead_id, revision, children_text, "
            + "created_at, version FROM report ";
    private static final String PART = "SELECT id, chapter_id, position, kind, body, title, agencies, changed, heard_where, consent, "
            + "block, value, source, as_of, covers, standing, version FROM report_part ";
    private static final String COMMENT = "SELECT c.id, c.chapter_id, c.author_id, c.body, c.created_at, c.resolved_by, c.resolved_at, "
            + "c.resolution FROM report_comment c ";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // reports

    Optional<Report> report(ReportingYear year) {
        return jdbc.sql(REPORT + "WHERE start_year = ?").param(year.startYear()).query(ReportStore::report).optional();
    }

    Optional<Report> report(long id) {
        return jdbc.sql(REPORT + "WHERE id = ?").param(id).query(ReportStore::report).optional();
    }

    List<Report> reports() {
        return jdbc.sql(REPORT + "ORDER BY start_year DESC").query(ReportStore::report).list();
    }

    long insertReport(ReportingYear year, Report.Leads leads, String childrenText, Instant now) {
        return jdbc.sql("INSERT INTO report (start_year, la_lead_id, police_lead_id, icb_lead_id, children_text, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(year.startYear(), leads.localAuthority(), leads.police(), leads.icb(), childrenText, Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Moves the draft on to a new revision; false if someone else changed the report since {@code version}. */
    boolean updateReport(long id, long version, Report.Leads leads, String childrenText) {
        return jdbc.sql("UPDATE report SET la_lead_id = ?, police_lead_id = ?, icb_lead_id = ?, children_text = ?, "
                        + "revision = revision + 1, version = version + 1 WHERE id = ? AND version = ?")
                .params(leads.localAuthority(), leads.police(), leads.icb(), childrenText, id, version).update() == 1;
    }

    /** A change to a chapter or part is a change to the draft: a new revision. Returns it. */
    int bumpRevision(long reportId) {
        return jdbc.sql("UPDATE report SET revision = revision + 1, version = version + 1 WHERE id = ? RETURNING revision")
                .param(reportId).query(Integer.class).single();
    }

    // chapters

    List<Chapter> chapters(long reportId) {
        return jdbc.sql("SELECT id, report_id, position, title, version FROM report_chapter WHERE report_id = ? ORDER BY position, id")
                .param(reportId).query(ReportStore::chapter).list();
    }

    Optional<Chapter> chapter(long id) {
        return jdbc.sql("SELECT id, report_id, position, title, version FROM report_chapter WHERE id = ?").param(id)
                .query(ReportStore::chapter).optional();
    }

    long insertChapter(long reportId, int position, String title) {
        return jdbc.sql("INSERT INTO report_chapter (report_id, position, title) VALUES (?, ?, ?) RETURNING id")
                .params(reportId, position, title).query(Long.class).single();
    }

    boolean renameChapter(long id, long version, String title) {
        return jdbc.sql("UPDATE report_chapter SET title = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(title, id, version).update() == 1;
    }

    void moveChapter(long id, int position) {
        jdbc.sql("UPDATE report_chapter SET position = ?, version = version + 1 WHERE id = ?").params(position, id).update();
    }

    void deleteChapter(long id) {
        jdbc.sql("DELETE FROM report_chapter WHERE id = ?").param(id).update();
    }

    // parts

    List<Part> parts(long chapterId) {
        return jdbc.sql(PART + "WHERE chapter_id = ? ORDER BY position, id").param(chapterId).query(ReportStore::part).list();
    }

    List<Part> partsOfReport(long reportId) {
        return jdbc.sql(PART + "WHERE chapter_id IN (SELECT id FROM report_chapter WHERE report_id = ?) ORDER BY chapter_id, position, id")
                .param(reportId).query(ReportStore::part).list();
    }

    Optional<Part> part(long id) {
        return jdbc.sql(PART + "WHERE id = ?").param(id).query(ReportStore::part).optional();
    }

    long insertPart(long chapterId, int position, Part p) {
        return jdbc.sql("INSERT INTO report_part (chapter_id, position, kind, body, title, agencies, changed, heard_where, consent, block, "
                        + "value, source, as_of, covers, standing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(chapterId, position, p.kind().name(), p.body() == null ? "" : p.body(), p.title(), p.agencies(), p.changed(),
                        p.heardWhere(), p.consent(), p.block(), p.value(), p.source(), p.asOf(), Part.codes(p.covers()), p.standing())
                .query(Long.class).single();
    }

    boolean updatePart(long id, long version, Part p) {
        return jdbc.sql("UPDATE report_part SET body = ?, title = ?, agencies = ?, changed = ?, heard_where = ?, consent = ?, block = ?, "
                        + "value = ?, source = ?, as_of = ?, covers = ?, standing = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(p.body() == null ? "" : p.body(), p.title(), p.agencies(), p.changed(), p.heardWhere(), p.consent(), p.block(),
                        p.value(), p.source(), p.asOf(), Part.codes(p.covers()), p.standing(), id, version)
                .update() == 1;
    }

    void movePart(long id, int position) {
        jdbc.sql("UPDATE report_part SET position = ?, version = version + 1 WHERE id = ?").params(position, id).update();
    }

    void deletePart(long id) {
        jdbc.sql("DELETE FROM report_part WHERE id = ?").param(id).update();
    }

    // comments

    List<Comment> comments(long reportId) {
        return jdbc.sql(COMMENT + "JOIN report_chapter ch ON ch.id = c.chapter_id WHERE ch.report_id = ? ORDER BY c.created_at, c.id")
                .param(reportId).query(ReportStore::comment).list();
    }

    Optional<Comment> comment(long id) {
        return jdbc.sql(COMMENT + "WHERE c.id = ?").param(id).query(ReportStore::comment).optional();
    }

    long insertComment(long chapterId, long authorId, String body, Instant now) {
        return jdbc.sql("INSERT INTO report_comment (chapter_id, author_id, body, created_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(chapterId, authorId, body, Timestamp.from(now)).query(Long.class).single();
    }

    /** Resolves an open comment; false if it was resolved meanwhile. */
    boolean resolveComment(long id, long personId, String resolution, Instant now) {
        return jdbc.sql("UPDATE report_comment SET resolved_by = ?, resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")
                .params(personId, Timestamp.from(now), resolution, id).update() == 1;
    }

    // sign-offs

    List<SignOff> signOffs(long reportId) {
        return jdbc.sql("SELECT id, partner, person_id, revision, signed_at, withdrawn_at, withdrawn_reason FROM report_signoff "
                        + "WHERE report_id = ? ORDER BY signed_at, id")
                .param(reportId).query((rs, n) -> new SignOff(rs.getLong(1), Partner.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4),
                        instant(rs, 5), instant(rs, 6), rs.getString(7)))
                .list();
    }

    void insertSignOff(long reportId, Partner partner, long personId, int revision, Instant now) {
        jdbc.sql("INSERT INTO report_signoff (report_id, partner, person_id, revision, signed_at) VALUES (?, ?, ?, ?, ?)")
                .params(reportId, partner.name(), personId, revision, Timestamp.from(now)).update();
    }

    /** Withdraws every standing sign-off of the report; returns how many there were. */
    int withdrawSignOffs(long reportId, String reason, Instant now) {
        return jdbc.sql("UPDATE report_signoff SET withdrawn_at = ?, withdrawn_reason = ? WHERE report_id = ? AND withdrawn_at IS NULL")
                .params(Timestamp.from(now), reason, reportId).update();
    }

    // published versions

    int lastVersionNumber(long reportId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM report_version WHERE report_id = ?").param(reportId)
                .query(Integer.class).single();
    }

    long insertVersion(long reportId, int number, Instant now, long publishedBy, String changeNote, String signedBy,
            String childrenHtml, byte[] pdf) {
        return jdbc.sql("INSERT INTO report_version (report_id, number, published_at, published_by, change_note, signed_by, children_html, pdf) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(reportId, number, Timestamp.from(now), publishedBy, changeNote, signedBy, childrenHtml, pdf)
                .query(Long.class).single();
    }

    void insertVersionChapter(long versionId, PublishedVersion.Page page) {
        jdbc.sql("INSERT INTO report_version_chapter (version_id, position, slug, title, html) VALUES (?, ?, ?, ?, ?)")
                .params(versionId, page.position(), page.slug(), page.title(), page.html()).update();
    }

    /** Every published version, newest year first and, within a year, newest version first. */
    List<VersionSummary> versions() {
        return jdbc.sql("SELECT v.id, r.start_year, v.number, v.published_at, v.change_note FROM report_version v "
                        + "JOIN report r ON r.id = v.report_id ORDER BY r.start_year DESC, v.number DESC")
                .query((rs, n) -> new VersionSummary(rs.getLong(1), new ReportingYear(rs.getInt(2)), rs.getInt(3), instant(rs, 4),
                        rs.getString(5)))
                .list();
    }

    record VersionSummary(long id, ReportingYear year, int number, Instant publishedAt, String changeNote) {
    }

    /** Version {@code number} of the year's report (the newest when number is null), with its chapters. */
    Optional<PublishedVersion> version(ReportingYear year, Integer number) {
        var head = jdbc.sql("SELECT v.id, v.number, v.published_at, v.change_note, v.signed_by FROM report_version v "
                        + "JOIN report r ON r.id = v.report_id WHERE r.start_year = ? AND (CAST(? AS INTEGER) IS NULL OR v.number = ?) "
                        + "ORDER BY v.number DESC LIMIT 1")
                .params(year.startYear(), number, number)
                .query((rs, n) -> new PublishedVersion(rs.getLong(1), year, rs.getInt(2), instant(rs, 3), rs.getString(4),
                        rs.getString(5), List.of()))
                .optional();
        return head.map(v -> new PublishedVersion(v.id(), v.year(), v.number(), v.publishedAt(), v.changeNote(), v.signedBy(),
                jdbc.sql("SELECT position, slug, title, html FROM report_version_chapter WHERE version_id = ? ORDER BY position")
                        .param(v.id())
                        .query((rs, n) -> new PublishedVersion.Page(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .list()));
    }

    Optional<byte[]> pdf(long versionId) {
        return jdbc.sql("SELECT pdf FROM report_version WHERE id = ?").param(versionId).query(byte[].class).optional();
    }

    Optional<String> childrenHtml(long versionId) {
        return jdbc.sql("SELECT children_html FROM report_version WHERE id = ?").param(versionId).query(String.class).optional();
    }

    Optional<Instant> firstPublished(long reportId) {
        return jdbc.sql("SELECT MIN(published_at) FROM report_version WHERE report_id = ?").param(reportId)
                .query((rs, n) -> instant(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    // sending

    List<Sent> sent(long reportId) {
        return jdbc.sql("SELECT recipient, sent_on FROM report_sent WHERE report_id = ? ORDER BY recipient").param(reportId)
                .query((rs, n) -> new Sent(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    void recordSent(long reportId, String recipient, LocalDate on) {
        jdbc.sql("INSERT INTO report_sent (report_id, recipient, sent_on) VALUES (?, ?, ?) "
                + "ON CONFLICT (report_id, recipient) DO UPDATE SET sent_on = EXCLUDED.sent_on").params(reportId, recipient, on).update();
    }

    record Sent(String recipient, LocalDate on) {
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getLong(1), new ReportingYear(rs.getInt(2)),
                new Report.Leads(rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getObject(5, Long.class)),
                rs.getInt(6), rs.getString(7), instant(rs, 8), rs.getLong(9));
    }

    private static Chapter chapter(ResultSet rs, int n) throws SQLException {
        return new Chapter(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getLong(5));
    }

    private static Part part(ResultSet rs, int n) throws SQLException {
        return new Part(rs.getLong(1), rs.getLong(2), rs.getInt(3), Part.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, Boolean.class), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getObject(14, LocalDate.class), Part.items(rs.getString(15)), rs.getBoolean(16), rs.getLong(17));
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), instant(rs, 5), rs.getObject(6, Long.class),
                instant(rs, 7), rs.getString(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
