package app.lantern.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import app.lantern.shared.LanternProperties;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;

/**
 * Published reports, for everyone with no sign-in: the list, each version's contents, one page per
 * chapter, the summary for children and families, and the stored PDF. Everything shown is frozen
 * at publication; an earlier version says it was replaced and links to the newest.
 */
@Controller
@RequestMapping("/reports")
class PublishedReportController {

    private final ReportStore store;
    private final LanternProperties properties;

    PublishedReportController(ReportStore store, LanternProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @GetMapping
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String list(Model model) {
        var years = new LinkedHashMap<ReportingYear, List<ReportStore.VersionSummary>>();
        store.versions().forEach(v -> years.computeIfAbsent(v.year(), y -> new ArrayList<>()).add(v));
        model.addAttribute("years", years);
        model.addAttribute("partnershipName", properties.partnershipName());
        return "report/public-list";
    }

    @GetMapping("/{year}")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String newest(@PathVariable String year, Model model) {
        return contents(version(year, null), model);
    }

    @GetMapping("/{year}/v{number:\\d{1,4}}")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String contents(@PathVariable String year, @PathVariable int number, Model model) {
        return contents(version(year, number), model);
    }

    @GetMapping("/{year}/v{number:\\d{1,4}}/children")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String children(@PathVariable String year, @PathVariable int number, Model model) {
        var version = version(year, number);
        common(version, model);
        model.addAttribute("html", store.childrenHtml(version.id()).orElse(""));
        return "report/public-children";
    }

    @GetMapping("/{year}/v{number:\\d{1,4}}/{slug}")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String chapter(@PathVariable String year, @PathVariable int number, @PathVariable String slug, Model model) {
        var version = version(year, number);
        var chapters = version.chapters();
        int at = -1;
        for (int i = 0; i < chapters.size(); i++) if (chapters.get(i).slug().equals(slug)) at = i;
        if (at < 0) throw new RecordNotFoundException();
        common(version, model);
        model.addAttribute("page", chapters.get(at));
        model.addAttribute("previous", at > 0 ? chapters.get(at - 1) : null);
        model.addAttribute("next", at < chapters.size() - 1 ? chapters.get(at + 1) : null);
        return "report/public-chapter";
    }

    @GetMapping("/{year}/v{number:\\d{1,4}}/report.pdf")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    ResponseEntity<byte[]> pdf(@PathVariable String year, @PathVariable int number) {
        var version = version(year, number);
        byte[] pdf = store.pdf(version.id()).orElseThrow(RecordNotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("yearly-report-" + version.year().slug() + "-v" + version.number() + ".pdf").build().toString())
                .body(pdf);
    }

    private String contents(PublishedVersion version, Model model) {
        common(version, model);
        return "report/public-contents";
    }

    private void common(PublishedVersion version, Model model) {
        var newest = store.version(version.year(), null).orElseThrow(RecordNotFoundException::new);
        model.addAttribute("version", version);
        model.addAttribute("newest", newest.number() == version.number() ? null : newest);
        model.addAttribute("partnershipName", properties.partnershipName());
    }

    private PublishedVersion version(String year, Integer number) {
        return ReportingYear.tryParse(year).flatMap(y -> store.version(y, number)).orElseThrow(RecordNotFoundException::new);
    }
}
