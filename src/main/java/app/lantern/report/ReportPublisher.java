package app.lantern.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import app.lantern.identity.ActivityAction;
import app.lantern.identity.ActivityLog;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.LanternProperties;

/**
 * Publishing: with the three lead partners' sign-offs of the draft as it stands, the report is
 * frozen into a new version: each chapter rendered once to HTML with its figures as they are now,
 * the summary for children and families, and the PDF. Nothing published is changed afterwards; a
 * correction is a new version with a change note.
 */
@Service
class ReportPublisher {

    /** Why publishing was refused, in words for the business unit. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final ReportService reports;
    private final ReportStore store;
    private final ReportFigures figures;
    private final ReportAccess access;
    private final ReportPdf pdf;
    private final ITemplateEngine templates;
    private final ActivityLog activity;
    private final People people;
    private final LanternProperties properties;
    private final java.time.Clock clock;

    ReportPublisher(ReportService reports, ReportStore store, ReportFigures figures, ReportAccess access, ReportPdf pdf,
            ITemplateEngine templates, ActivityLog activity, People people, LanternProperties properties, java.time.Clock clock) {
        this.reports = reports;
        this.store = store;
        this.figures = figures;
        this.access = access;
        this.pdf = pdf;
        this.templates = templates;
        this.activity = activity;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    /** Why the report cannot be published as it stands, or null when it can. */
    String refusal(Report report) {
        var standing = reports.standingSignOffs(report);
        var missing = new ArrayList<String>();
        for (var partner : Partner.values()) if (!standing.containsKey(partner)) missing.add(partner.label().toLowerCase(Locale.UK));
        if (missing.isEmpty()) return null;
        return "The report cannot be published until the lead partners for the " + String.join(", ", missing).replaceAll(", ([^,]*)$", " and $1")
                + " have signed off the draft as it stands";
    }

    /** Publishes a new version; returns its number. */
    @Transactional
    int publish(Report asShown, String changeNote, CurrentPerson person) {
        access.requireWrites(person, "publish the " + asShown.year().label() + " report");
        var report = reports.report(asShown.year());
        if (report.revision() != asShown.revision()) {
            throw new Refused("The draft changed while you were reading it: check it and publish again");
        }
        String refusal = refusal(report);
        if (refusal != null) throw new Refused(refusal);
        int number = store.lastVersionNumber(report.id()) + 1;
        String note = changeNote == null ? "" : changeNote.strip();
        if (number > 1 && note.isEmpty()) {
            throw new Refused("Say what changed since version " + (number - 1) + ": readers of the earlier version are shown it");
        }
        if (note.length() > 2000) throw new Refused("The change note must be 2,000 characters or fewer");
        return freeze(report, number, note, person, clock.instant());
    }

    /** Publishes the draft as it stands, dated {@code at}: for demo history ({@link ReportHistory}). */
    @Transactional
    int publishAt(Report report, String changeNote, CurrentPerson person, java.time.Instant at) {
        return freeze(report, store.lastVersionNumber(report.id()) + 1, changeNote == null ? "" : changeNote, person, at);
    }

    private int freeze(Report report, int number, String note, CurrentPerson person, java.time.Instant at) {
        var offered = figures.offered(report.year());
        var parts = reports.partsByChapter(report);
        var pages = new ArrayList<PublishedVersion.Page>();
        for (var chapter : reports.chapters(report)) {
            var view = ChapterView.of(chapter, parts.getOrDefault(chapter.id(), List.of()), offered);
            pages.add(new PublishedVersion.Page(chapter.position(), chapter.slug(), chapter.title(), render(view)));
        }
        String signedBy = signedBy(report);
        String children = ReportText.toHtml(report.childrenText());
        var version = new PublishedVersion(0, report.year(), number, at, note.isEmpty() ? null : note, signedBy, pages);
        byte[] document = pdf.render(version, properties.partnershipName());
        long id = store.insertVersion(report.id(), number, version.publishedAt(), person.id(), version.changeNote(), signedBy, children,
                document);
        pages.forEach(p -> store.insertVersionChapter(id, p));
        activity.recordChange(ActivityAction.CHANGED, ReportService.RECORD_TYPE, report.id(), "Published version " + number + " of the "
                + report.year().label() + " yearly report", null, note.isEmpty() ? null : note);
        return number;
    }

    /** "Name, Job title, for the local authority; …", as printed under the report. */
    private String signedBy(Report report) {
        var standing = reports.standingSignOffs(report);
        var who = people.byIds(standing.values().stream().map(SignOff::personId).toList());
        var lines = new ArrayList<String>();
        for (var partner : Partner.values()) {
            var person = who.get(standing.get(partner).personId());
            String name = person == null ? "Unknown" : person.fullName() + (person.jobTitle() == null ? "" : ", " + person.jobTitle());
            lines.add(name + ", for the " + partner.label().toLowerCase(Locale.UK));
        }
        return String.join("\n", lines);
    }

    private String render(ChapterView view) {
        var context = new Context(Locale.UK);
        context.setVariable("view", view);
        context.setVariable("draft", false);
        return templates.process("report/parts", Set.of("chapterBody"), context).strip();
    }
}
