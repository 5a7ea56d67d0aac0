package app.lantern.report;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;

/** A chapter of the draft: its parts, written and reordered by the business unit, and readers' comments. */
@Controller
@RequestMapping("/yearly-report/{year}/chapters")
class ChapterController {

    static final int MAX_TITLE = 150;
    static final int MAX_COMMENT = 5000;

    private final ReportService reports;
    private final ReportFigures figures;
    private final ReportAccess access;

    ChapterController(ReportService reports, ReportFigures figures, ReportAccess access) {
        this.reports = reports;
        this.figures = figures;
        this.access = access;
    }

    @GetMapping("/{id}")
    @PreAuthorize(ReportAccess.READS_DRAFT)
    String chapter(@PathVariable String year, @PathVariable long id, CurrentPerson person, Model model) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        var view = ChapterView.of(chapter, reports.parts(chapter), figures.offered(report.year()));
        var comments = reports.comments(report).stream().filter(c -> c.chapterId() == id).toList();
        var ids = new HashSet<Long>();
        comments.forEach(c -> {
            ids.add(c.authorId());
            if (c.resolvedBy() != null) ids.add(c.resolvedBy());
        });
        var chapters = reports.chapters(report);
        model.addAttribute("report", report);
        model.addAttribute("view", view);
        model.addAttribute("draft", true);
        model.addAttribute("chapters", chapters);
        model.addAttribute("comments", comments);
        model.addAttribute("names", reports.names(ids));
        model.addAttribute("writes", access.writes(person));
        model.addAttribute("kinds", Part.Kind.values());
        if (!model.containsAttribute("commentBody")) model.addAttribute("commentBody", "");
        return "report/chapter";
    }

    @PostMapping
    @PreAuthorize(ReportAccess.WRITES)
    String add(@PathVariable String year, @RequestParam(required = false) String title, CurrentPerson person, RedirectAttributes redirect) {
        var report = report(year);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            redirect.addFlashAttribute("chapterProblem", t.isEmpty() ? "Enter the new chapter's title"
                    : "The title must be " + MAX_TITLE + " characters or fewer");
            redirect.addFlashAttribute("chapterTitle", title);
            return "redirect:/yearly-report/" + report.year().slug() + "#add-chapter";
        }
        long id = reports.addChapter(report, t, person);
        redirect.addFlashAttribute("success", "Chapter added: " + t);
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id;
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize(ReportAccess.WRITES)
    String rename(@PathVariable String year, @PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "0") long version, CurrentPerson person, RedirectAttributes redirect) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            redirect.addFlashAttribute("renameProblem", t.isEmpty() ? "Enter the chapter's title"
                    : "The title must be " + MAX_TITLE + " characters or fewer");
            redirect.addFlashAttribute("renameTitle", title);
        } else if (EditConflicts.saved(redirect, () -> reports.renameChapter(report, chapter, version, t, person))) {
            redirect.addFlashAttribute("success", "Chapter renamed: " + t);
        }
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#rename";
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(ReportAccess.WRITES)
    String move(@PathVariable String year, @PathVariable long id, @RequestParam(defaultValue = "up") String direction,
            CurrentPerson person) {
        var report = report(year);
        reports.moveChapter(report, reports.chapter(report, id), !"down".equals(direction), person);
        return "redirect:/yearly-report/" + report.year().slug() + "#chapter-" + id;
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize(ReportAccess.WRITES)
    String remove(@PathVariable String year, @PathVariable long id, @RequestParam(required = false) String confirm,
            CurrentPerson person, RedirectAttributes redirect) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("removeProblem", "Select yes to confirm the chapter and everything in it should be removed");
            return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#remove";
        }
        reports.removeChapter(report, chapter, person);
        redirect.addFlashAttribute("success", "Chapter removed: " + chapter.title());
        return "redirect:/yearly-report/" + report.year().slug();
    }

    @GetMapping("/{id}/parts/new")
    @PreAuthorize(ReportAccess.WRITES)
    String newPart(@PathVariable String year, @PathVariable long id, @RequestParam(defaultValue = "NARRATIVE") String kind, Model model) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        var k = Arrays.stream(Part.Kind.values()).filter(v -> v.name().equals(kind)).findFirst().orElseThrow(RecordNotFoundException::new);
        model.addAttribute("form", PartForm.blank(k));
        return partPage(model, report, chapter, null, null);
    }

    @PostMapping("/{id}/parts/new")
    @PreAuthorize(ReportAccess.WRITES)
    String addPart(@PathVariable String year, @PathVariable long id, @ModelAttribute("form") PartForm form, BindingResult errors,
            @RequestParam(required = false) String preview, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        var offered = figures.blocks(report.year()).keySet().stream().toList();
        var part = form.check(errors, offered);
        if (preview != null || part == null) return partPage(model, report, chapter, null, preview != null ? part : null);
        long partId = reports.addPart(report, chapter, part, person);
        redirect.addFlashAttribute("success", part.kind().label() + " added");
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#part-" + partId;
    }

    @GetMapping("/{id}/parts/{partId}")
    @PreAuthorize(ReportAccess.WRITES)
    String editPart(@PathVariable String year, @PathVariable long id, @PathVariable long partId, Model model) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        var part = reports.part(chapter, partId);
        model.addAttribute("form", PartForm.of(part));
        return partPage(model, report, chapter, part, null);
    }

    @PostMapping("/{id}/parts/{partId}")
    @PreAuthorize(ReportAccess.WRITES)
    String changePart(@PathVariable String year, @PathVariable long id, @PathVariable long partId, @ModelAttribute("form") PartForm form,
            BindingResult errors, @RequestParam(required = false) String preview, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        var part = reports.part(chapter, partId);
        form.setKind(part.kind().name());
        var offered = figures.blocks(report.year()).keySet().stream().toList();
        var changed = form.check(errors, offered);
        if (preview != null || changed == null) return partPage(model, report, chapter, part, preview != null ? changed : null);
        if (!EditConflicts.saved(errors, () -> reports.changePart(report, chapter, part, form.versionValue(), changed, person))) {
            var now = reports.part(chapter, partId);
            form.setVersion(String.valueOf(now.version()));
            model.addAttribute("theirs", now);
            return partPage(model, report, chapter, now, null);
        }
        redirect.addFlashAttribute("success", part.kind().label() + " saved");
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#part-" + partId;
    }

    @PostMapping("/{id}/parts/{partId}/move")
    @PreAuthorize(ReportAccess.WRITES)
    String movePart(@PathVariable String year, @PathVariable long id, @PathVariable long partId,
            @RequestParam(defaultValue = "up") String direction, CurrentPerson person) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        reports.movePart(report, chapter, reports.part(chapter, partId), !"down".equals(direction), person);
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#part-" + partId;
    }

    @PostMapping("/{id}/parts/{partId}/remove")
    @PreAuthorize(ReportAccess.WRITES)
    String removePart(@PathVariable String year, @PathVariable long id, @PathVariable long partId, CurrentPerson person,
            RedirectAttributes redirect) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        var part = reports.part(chapter, partId);
        reports.removePart(report, chapter, part, person);
        redirect.addFlashAttribute("success", part.kind().label() + " removed");
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id;
    }

    @PostMapping("/{id}/comments")
    @PreAuthorize(ReportAccess.READS_DRAFT)
    String comment(@PathVariable String year, @PathVariable long id, @RequestParam(required = false) String body, CurrentPerson person,
            RedirectAttributes redirect) {
        var report = report(year);
        var chapter = reports.chapter(report, id);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            redirect.addFlashAttribute("commentProblem", text.isEmpty() ? "Enter your comment"
                    : "Your comment must be " + String.format("%,d", MAX_COMMENT) + " characters or fewer");
            redirect.addFlashAttribute("commentBody", body);
        } else {
            reports.comment(report, chapter, text, person);
            redirect.addFlashAttribute("success", "Your comment has been added");
        }
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#comments";
    }

    @PostMapping("/{id}/comments/{commentId}/resolve")
    @PreAuthorize(ReportAccess.WRITES)
    String resolve(@PathVariable String year, @PathVariable long id, @PathVariable long commentId,
            @RequestParam(required = false) String resolution, CurrentPerson person, RedirectAttributes redirect) {
        var report = report(year);
        reports.chapter(report, id);
        String text = resolution == null ? "" : resolution.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            redirect.addFlashAttribute("resolveProblem", commentId);
            redirect.addFlashAttribute("resolveMessage", text.isEmpty() ? "Enter what was done about the comment"
                    : "This must be " + String.format("%,d", MAX_COMMENT) + " characters or fewer");
            redirect.addFlashAttribute("resolution", resolution);
            return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#comment-" + commentId;
        }
        if (reports.resolve(report, commentId, text, person)) redirect.addFlashAttribute("success", "The comment is resolved");
        else redirect.addFlashAttribute("problem", "Someone resolved this comment just now");
        return "redirect:/yearly-report/" + report.year().slug() + "/chapters/" + id + "#comments";
    }

    private String partPage(Model model, Report report, Chapter chapter, Part part, Part preview) {
        var offered = figures.offered(report.year());
        model.addAttribute("report", report);
        model.addAttribute("chapter", chapter);
        model.addAttribute("part", part);
        model.addAttribute("kind", ((PartForm) model.getAttribute("form")).kindValue());
        model.addAttribute("blocks", offered.titles().stream().map(t -> new Choice(t, t)).toList());
        model.addAttribute("items", Arrays.stream(ChecklistItem.values()).map(i -> new Choice(i.name(), i.label())).toList());
        if (preview != null) {
            var p = new Part(part == null ? 0 : part.id(), chapter.id(), part == null ? 1 : part.position(), preview.kind(), preview.body(),
                    preview.title(), preview.agencies(), preview.changed(), preview.heardWhere(), preview.consent(), preview.block(),
                    preview.value(), preview.source(), preview.asOf(), preview.covers(), preview.standing(), preview.version());
            model.addAttribute("previewView", ChapterView.of(chapter, List.of(p), offered));
        }
        var form = (PartForm) model.getAttribute("form");
        model.addAttribute("readability", Readability.of(ReportText.plain(form.getBody())));
        return "report/part-form";
    }

    private Report report(String year) {
        return ReportingYear.tryParse(year).flatMap(reports::find).orElseThrow(RecordNotFoundException::new);
    }
}
