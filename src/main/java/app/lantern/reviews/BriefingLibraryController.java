package app.lantern.reviews;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import app.lantern.shared.LanternProperties;

import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;

/**
 * The public briefings library: published 7-minute briefings for anyone, signed in or not, as
 * web pages and as one-page printable PDFs. Drafts and unknown addresses are 404.
 */
@Controller
class BriefingLibraryController {

    private final BriefingService briefings;
    private final BriefingPdf pdf;
    private final LanternProperties properties;

    BriefingLibraryController(BriefingService briefings, BriefingPdf pdf, LanternProperties properties) {
        this.briefings = briefings;
        this.pdf = pdf;
        this.properties = properties;
    }

    @GetMapping("/briefings")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String library(@RequestParam(required = false) String q, Model model) {
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) words = words.substring(0, 200);
        model.addAttribute("q", words);
        model.addAttribute("briefings", briefings.library(words));
        return "briefings/library";
    }

    @GetMapping("/briefings/{slug}")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    String briefing(@PathVariable String slug, Model model) {
        model.addAttribute("briefing", briefings.published(slug).orElseThrow(RecordNotFoundException::new));
        return "briefings/briefing";
    }

    @GetMapping("/briefings/{slug}.pdf")
    @PreAuthorize(Rule.Allowed.EVERYONE)
    ResponseEntity<byte[]> printable(@PathVariable String slug) {
        var b = briefings.published(slug).orElseThrow(RecordNotFoundException::new);
        String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/briefings/{slug}").buildAndExpand(b.slug())
                .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(b.slug() + ".pdf").build().toString())
                .cacheControl(CacheControl.noCache())
                .body(pdf.render(b, properties.partnershipName(), address));
    }
}
