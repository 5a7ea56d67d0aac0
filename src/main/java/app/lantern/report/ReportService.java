package app.lantern.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/**
 * Writing the draft: starting a year's report, its chapters and their parts, comments and the
 * lead partners' sign-offs. Every change to the draft moves it to a new revision and withdraws the
 * sign-offs given before it, with the reason; publishing is {@link ReportPublisher}'s.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    static final String RECORD_TYPE = "yearly_report";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The chapters a new report starts with, and the live figure blocks each starts with. */
    static final List<DefaultChapter> DEFAULT_CHAPTERS = List.of(
            new DefaultChapter("Welcome from the safeguarding partners", List.of()),
            new DefaultChapter("Our area", List.of()),
            new DefaultChapter("Highlights of the year", List.of()),
            new DefaultChapter("Role and structure", List.of("Attendance")),
            new DefaultChapter("Funding and resourcing", List.of("Budget")),
            new DefaultChapter("Communication", List.of()),
            new DefaultChapter("Relevant agencies", List.of("Relevant agencies")),
            new DefaultChapter("Independent scrutiny", List.of()),
            new DefaultChapter("The journey of the child", List.of()),
            new DefaultChapter("Learning from case reviews", List.of("Serious incidents and rapid reviews", "Case reviews", "Learning")),
            new DefaultChapter("Key activity: audits and training", List.of()),
            new DefaultChapter("Progress against priorities", List.of("Business plan", "Actions")),
            new DefaultChapter("Next year's business plan", List.of("Next year's priorities")),
            new DefaultChapter("Glossary", List.of()));

    record DefaultChapter(String title, List<String> blocks) {
    }

    private final ReportStore store;
    private final ReportAccess access;
    private final ActivityLog activity;
    private final People people;
    private final Clock clock;

    ReportService(ReportStore store, ReportAccess access, ActivityLog activity, People people, Clock clock) {
        this.store = store;
        this.access = access;
        this.activity = activity;
        this.people = people;
        this.clock = clock;
    }

    List<Report> reports() {
        return store.reports();
    }

    Optional<Report> find(ReportingYear year) {
        return store.report(year);
    }

    /** The year's report for a draft page: 404 when there is none. */
    Report report(ReportingYear year) {
        return store.report(year).orElseThrow(RecordNotFoundException::new);
    }

    List<Chapter> chapters(Report report) {
        return store.chapters(report.id());
    }

    /** The chapter of this report; 404 if it belongs to another or none. */
    Chapter chapter(Report report, long chapterId) {
        return store.chapter(chapterId).filter(c -> c.reportId() == report.id()).orElseThrow(RecordNotFoundException::new);
    }

    List<Part> parts(Chapter chapter) {
        return store.parts(chapter.id());
    }

    Map<Long, List<Part>> partsByChapter(Report report) {
        return store.partsOfReport(report.id()).stream().collect(Collectors.groupingBy(Part::chapterId));
    }

    Part part(Chapter chapter, long partId) {
        return store.part(partId).filter(p -> p.chapterId() == chapter.id()).orElseThrow(RecordNotFoundException::new);
    }

    List<Comment> comments(Report report) {
        return store.comments(report.id());
    }

    List<SignOff> signOffs(Report report) {
        return store.signOffs(report.id());
    }

    /** The sign-offs that hold for the draft as it stands, by partner. */
    Map<Partner, SignOff> standingSignOffs(Report report) {
        var standing = new EnumMap<Partner, SignOff>(Partner.class);
        for (var s : store.signOffs(report.id())) if (s.standing() && s.revision() == report.revision()) standing.put(s.partner(), s);
        return standing;
    }

    ReportChecklist.Result checklist(Report report) {
        long open = comments(report).stream().filter(Comment::open).count();
        return ReportChecklist.check(report, chapters(report), partsByChapter(report), open);
    }

    /**
     * Starts the year's report. From last year's report, if there is one: its chapters, its
     * standing text and live figure blocks (which show this year's figures), and its lead partners;
     * never its case studies, voices or context figures, which belong to their year. Otherwise the
     * default chapters.
     */
    @Transactional
    long start(ReportingYear year, CurrentPerson person) {
        access.requireWrites(person, "start the " + year.label() + " yearly report");
        if (store.report(year).isPresent()) throw new IllegalStateException("The " + year.label() + " report has already been started");
        var last = store.report(year.previous());
        long id = store.insertReport(year, last.map(Report::leads).orElse(new Report.Leads(null, null, null)), "", clock.instant());
        if (last.isPresent()) {
            var parts = partsByChapter(last.get());
            for (var chapter : store.chapters(last.get().id())) {
                long chapterId = store.insertChapter(id, chapter.position(), chapter.title());
                int position = 1;
                for (var p : parts.getOrDefault(chapter.id(), List.of())) {
                    if (p.kind() == Part.Kind.FIGURES || (p.kind() == Part.Kind.NARRATIVE && p.standing())) {
                        store.insertPart(chapterId, position++, p);
                    }
                }
            }
        } else {
            int position = 1;
            for (var chapter : DEFAULT_CHAPTERS) {
                long chapterId = store.insertChapter(id, position++, chapter.title());
                int partPosition = 1;
                for (String block : chapter.blocks()) {
                    store.insertPart(chapterId, partPosition++, PartForm.figures(block));
                }
            }
        }
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE, id, "Started the " + year.label() + " yearly report", null,
                last.isPresent() ? "From the " + last.get().year().label() + " report's structure" : "From the default chapters");
        return id;
    }

    @Transactional
    void changeDetails(Report report, long version, Report.Leads leads, String childrenText, CurrentPerson person) {
        access.requireWrites(person, "change the " + report.year().label() + " report");
        if (!store.updateReport(report.id(), version, leads, childrenText)) {
            throw new OptimisticLockingFailureException("Report " + report.id() + " changed");
        }
        withdraw(report, "the report's details or summary for children and families changed", person);
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, report.id(), "Changed the " + report.year().label()
                + " report's details", null, null);
    }

    @Transactional
    long addChapter(Report report, String title, CurrentPerson person) {
        access.requireWrites(person, "add a chapter");
        var chapters = store.chapters(report.id());
        int position = chapters.isEmpty() ? 1 : chapters.getLast().position() + 1;
        long id = store.insertChapter(report.id(), position, title);
        changed(report, "chapter " + position + ", " + title + ", was added", person);
        return id;
    }

    @Transactional
    void renameChapter(Report report, Chapter chapter, long version, String title, CurrentPerson person) {
        access.requireWrites(person, "rename a chapter");
        if (!store.renameChapter(chapter.id(), version, title)) throw new OptimisticLockingFailureException("Chapter changed");
        changed(report, "chapter " + chapter.position() + " was renamed from " + chapter.title() + " to " + title, person);
    }

    /** Moves the chapter one place up or down; the chapters are numbered 1, 2, 3… again. */
    @Transactional
    void moveChapter(Report report, Chapter chapter, boolean up, CurrentPerson person) {
        access.requireWrites(person, "reorder chapters");
        var chapters = new ArrayList<>(store.chapters(report.id()));
        int at = indexOf(chapters, chapter.id());
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= chapters.size()) return;
        chapters.add(to, chapters.remove(at));
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).position() != i + 1) store.moveChapter(chapters.get(i).id(), i + 1);
        }
        changed(report, "chapter " + chapter.title() + " was moved " + (up ? "up" : "down"), person);
    }

    @Transactional
    void removeChapter(Report report, Chapter chapter, CurrentPerson person) {
        access.requireWrites(person, "remove a chapter");
        store.deleteChapter(chapter.id());
        var chapters = store.chapters(report.id());
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).position() != i + 1) store.moveChapter(chapters.get(i).id(), i + 1);
        }
        changed(report, "chapter " + chapter.title() + " was removed", person);
    }

    @Transactional
    long addPart(Report report, Chapter chapter, Part part, CurrentPerson person) {
        access.requireWrites(person, "add to a chapter");
        var parts = store.parts(chapter.id());
        int position = parts.isEmpty() ? 1 : parts.getLast().position() + 1;
        long id = store.insertPart(chapter.id(), position, part);
        changed(report, part.kind().label().toLowerCase(Locale.UK) + " added to chapter " + chapter.position() + ", " + chapter.title(),
                person);
        return id;
    }

    @Transactional
    void changePart(Report report, Chapter chapter, Part part, long version, Part changed, CurrentPerson person) {
        access.requireWrites(person, "change a chapter");
        if (!store.updatePart(part.id(), version, changed)) throw new OptimisticLockingFailureException("Part changed");
        changed(report, part.kind().label().toLowerCase(Locale.UK) + " changed in chapter " + chapter.position() + ", " + chapter.title(),
                person);
    }

    @Transactional
    void movePart(Report report, Chapter chapter, Part part, boolean up, CurrentPerson person) {
        access.requireWrites(person, "reorder a chapter");
        var parts = new ArrayList<>(store.parts(chapter.id()));
        int at = -1;
        for (int i = 0; i < parts.size(); i++) if (parts.get(i).id() == part.id()) at = i;
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= parts.size()) return;
        parts.add(to, parts.remove(at));
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).position() != i + 1) store.movePart(parts.get(i).id(), i + 1);
        }
        changed(report, "chapter " + chapter.position() + ", " + chapter.title() + ", was reordered", person);
    }

    @Transactional
    void removePart(Report report, Chapter chapter, Part part, CurrentPerson person) {
        access.requireWrites(person, "change a chapter");
        store.deletePart(part.id());
        changed(report, part.kind().label().toLowerCase(Locale.UK) + " removed from chapter " + chapter.position() + ", "
                + chapter.title(), person);
    }

    /** A reader's comment on a chapter: it does not change the draft, so sign-offs stand. */
    @Transactional
    long comment(Report report, Chapter chapter, String body, CurrentPerson person) {
        long id = store.insertComment(chapter.id(), person.id(), body, clock.instant());
        activity.recordChange(ActivityAction.CREATED, RECORD_TYPE + "_comment", id, "Commented on chapter " + chapter.position()
                + " of the " + report.year().label() + " report", null, body);
        return id;
    }

    /** Resolves a comment; false if someone resolved it meanwhile. */
    @Transactional
    boolean resolve(Report report, long commentId, String resolution, CurrentPerson person) {
        access.requireWrites(person, "resolve a comment");
        var comment = store.comment(commentId).orElseThrow(RecordNotFoundException::new);
        chapter(report, comment.chapterId());
        if (!store.resolveComment(commentId, person.id(), resolution, clock.instant())) return false;
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE + "_comment", commentId, "Resolved a comment on the "
                + report.year().label() + " report", null, resolution);
        return true;
    }

    /** The named lead signs off the draft as it stands (its revision now). */
    @Transactional
    void signOff(Report report, Partner partner, int revision, CurrentPerson person) {
        access.requireSigns(report, partner, person);
        var now = store.report(report.id()).orElseThrow(RecordNotFoundException::new);
        if (now.revision() != revision) throw new OptimisticLockingFailureException("The draft changed before the sign-off");
        if (standingSignOffs(now).containsKey(partner)) return;
        store.insertSignOff(report.id(), partner, person.id(), revision, clock.instant());
        activity.recordChange(ActivityAction.CHANGED, RECORD_TYPE, report.id(), "Signed off the " + report.year().label()
                + " report for the " + partner.label().toLowerCase(Locale.UK), null, "Revision " + revision);
    }

    /** Names for the people a page shows: lead partners, commenters, signers. */
    Map<Long, String> names(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        people.byIds(ids).forEach((id, p) -> names.put(id, p.fullName()));
        return names;
    }

    /** The people who may be named as lead partners: active partner leads. */
    List<app.lantern.identity.PersonSummary> candidateLeads() {
        return people.withRole(app.lantern.shared.Role.PARTNER_LEAD);
    }

    /** A change to the draft: a new revision, and the standing sign-offs withdrawn with the reason. */
    private void changed(Report report, String what, CurrentPerson person) {
        store.bumpRevision(report.id());
        withdraw(report, what, person);
    }

    private void withdraw(Report report, String what, CurrentPerson person) {
        String reason = "Withdrawn because the draft changed after it was signed off: " + what + ", by " + person.fullName()
                + " on " + LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).format(DAY);
        if (reason.length() > 500) reason = reason.substring(0, 499) + "…";
        store.withdrawSignOffs(report.id(), reason, clock.instant());
    }

    private static int indexOf(List<Chapter> chapters, long id) {
        for (int i = 0; i < chapters.size(); i++) if (chapters.get(i).id() == id) return i;
        return -1;
    }
}
