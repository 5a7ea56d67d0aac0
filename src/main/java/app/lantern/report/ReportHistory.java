package app.lantern.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.identity.Access;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.WritesHistory;

/**
 * Yearly reports as history: written, signed off and published on the dates the story gives, as
 * the people it names. For demo data only ({@link WritesHistory}); people's own work goes through
 * the pages and {@link ReportService}.
 */
@Service
@Transactional
public class ReportHistory {

    private final ReportService reports;
    private final ReportStore store;
    private final ReportPublisher publisher;
    private final Access access;
    private final ReportProperties properties;

    ReportHistory(ReportService reports, ReportStore store, ReportPublisher publisher, Access access, ReportProperties properties) {
        this.reports = reports;
        this.store = store;
        this.publisher = publisher;
        this.access = access;
        this.properties = properties;
    }

    /** Starts the year's report as the signed-in business unit, naming the three lead partners (account ids). */
    @WritesHistory
    public void start(ReportingYear year, long localAuthority, long police, long icb) {
        reports.start(year, access.person());
        var report = reports.report(year);
        store.updateReport(report.id(), report.version(), new Report.Leads(localAuthority, police, icb), report.childrenText());
    }

    @WritesHistory
    public void childrenText(ReportingYear year, String text) {
        var report = reports.report(year);
        store.updateReport(report.id(), report.version(), report.leads(), text);
    }

    /** Adds narrative to the chapter with this title; {@code covers} are checklist item codes (e.g. "IMPACT"). */
    @WritesHistory
    public void narrative(ReportingYear year, String chapter, String text, boolean standing, String... covers) {
        add(year, chapter, new Part(0, 0, 0, Part.Kind.NARRATIVE, text, null, null, null, null, null, null, null, null, null,
                items(covers), standing, 0));
    }

    @WritesHistory
    public void caseStudy(ReportingYear year, String chapter, String title, String story, String agencies, String changed) {
        add(year, chapter, new Part(0, 0, 0, Part.Kind.CASE_STUDY, story, title, agencies, changed, null, true, null, null, null, null,
                Set.of(), false, 0));
    }

    @WritesHistory
    public void voice(ReportingYear year, String chapter, String said, String where, String changed) {
        add(year, chapter, new Part(0, 0, 0, Part.Kind.VOICE, said, null, null, changed, where, null, null, null, null, null, Set.of(),
                false, 0));
    }

    @WritesHistory
    public void context(ReportingYear year, String chapter, String label, String value, String source, LocalDate asOf) {
        add(year, chapter, new Part(0, 0, 0, Part.Kind.CONTEXT, "", label, null, null, null, null, null, value, source, asOf, Set.of(),
                false, 0));
    }

    /**
     * Changes the value of the chapter's context figure with this label, on {@code at}: a correction
     * before a new version. Like any change to the draft, it withdraws the sign-offs given before it.
     */
    @WritesHistory
    public void correctContext(ReportingYear year, String chapter, String label, String value, Instant at) {
        var report = reports.report(year);
        var c = chapter(report, chapter);
        var part = store.parts(c.id()).stream().filter(p -> p.kind() == Part.Kind.CONTEXT && label.equals(p.title())).findFirst()
                .orElseThrow();
        store.updatePart(part.id(), part.version(), new Part(part.id(), part.chapterId(), part.position(), part.kind(), part.body(),
                part.title(), null, null, null, null, null, value, part.source(), part.asOf(), part.covers(), false, part.version()));
        store.bumpRevision(report.id());
        store.withdrawSignOffs(report.id(), "Withdrawn because the draft changed after it was signed off: context figure " + label
                + " corrected from " + part.value() + " to " + value, at);
    }

    /** A comment on a chapter by {@code authorId}, resolved by the signed-in business unit when {@code resolution} is given. */
    @WritesHistory
    public void comment(ReportingYear year, String chapter, long authorId, String body, String resolution, Instant at) {
        var report = reports.report(year);
        long id = store.insertComment(chapter(report, chapter).id(), authorId, body, at);
        if (resolution != null) store.resolveComment(id, access.person().id(), resolution, at.plusSeconds(86_400));
    }

    /** The named lead's sign-off of the draft as it stands. */
    @WritesHistory
    public void signOff(ReportingYear year, String partner, long personId, Instant at) {
        var report = reports.report(year);
        store.insertSignOff(report.id(), Partner.valueOf(partner), personId, report.revision(), at);
    }

    /** Publishes the draft as it stands as a new version, dated {@code at}. */
    @WritesHistory
    public void publish(ReportingYear year, String changeNote, Instant at) {
        publisher.publishAt(reports.report(year), changeNote, access.person(), at);
    }

    @WritesHistory
    public void sent(ReportingYear year, String recipient, LocalDate on) {
        store.recordSent(reports.report(year).id(), recipient, on);
    }

    /** The published report sent, on {@code on}, to every body it must go to ({@link ReportProperties}). */
    @WritesHistory
    public void sentToEveryRecipient(ReportingYear year, LocalDate on) {
        properties.recipients().forEach(recipient -> sent(year, recipient, on));
    }

    private void add(ReportingYear year, String chapter, Part part) {
        var report = reports.report(year);
        var c = chapter(report, chapter);
        var parts = store.parts(c.id());
        store.insertPart(c.id(), parts.isEmpty() ? 1 : parts.getLast().position() + 1, part);
        store.bumpRevision(report.id());
    }

    private Chapter chapter(Report report, String title) {
        return store.chapters(report.id()).stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No chapter " + title + " in the " + report.year().label() + " report"));
    }

    private static Set<ChecklistItem> items(String... codes) {
        return codes.length == 0 ? Set.of() : Arrays.stream(codes).map(ChecklistItem::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChecklistItem.class)));
    }
}
