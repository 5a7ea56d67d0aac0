package app.lantern.reviews;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.LanternProperties;

/**
 * Writing and publishing 7-minute briefings (the business unit); partner leads read drafts too.
 * Anyone else signed in sees only published ones here; a draft's address is 404 for them.
 */
@Controller
class BriefingController {

    static final String WRITE = "hasRole('BUSINESS_UNIT')";
    static final String CONFLICT = "Someone else changed this briefing while you were editing it. Nothing you typed has "
            + "been lost: check your changes below against the briefing as it is now, then save again";
    static final String PUBLISH_CONFLICT = "Someone else changed this briefing before you published it, so it has not been "
            + "published. Check it below, then publish it again";

    private final BriefingService briefings;
    private final BriefingPdf pdf;
    private final LanternProperties properties;

    private final ReviewReferences references;

    BriefingController(BriefingService briefings, BriefingPdf pdf, LanternProperties properties, ReviewReferences references) {
        this.references = references;
        this.briefings = briefings;
        this.pdf = pdf;
        this.properties = properties;
    }

    @GetMapping("/learning/briefings")
    @PreAuthorize("isAuthenticated()")
    String list(CurrentPerson person, Model model) {
        model.addAttribute("briefings", briefings.list(person));
        model.addAttribute("canWrite", BriefingService.mayWrite(person));
        model.addAttribute("seesDrafts", BriefingService.maySeeDrafts(person));
        return "reviews/learning/briefings";
    }

    @GetMapping("/learning/briefings/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        var b = briefings.view(person, id);
        model.addAttribute("briefing", b);
        model.addAttribute("subjectReference", references.referenceOf(b.details().subjectKind(), b.details().subjectId()).orElse(null));
        model.addAttribute("canWrite", BriefingService.mayWrite(person));
        return "reviews/learning/briefing";
    }

    /** The printable page of any briefing this person may see, drafts included, to check it before publishing. */
    @GetMapping("/learning/briefings/{id}/printable.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> printable(@PathVariable long id, CurrentPerson person) {
        var b = briefings.view(person, id);
        String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/briefings/{slug}").buildAndExpand(b.slug())
                .toUriString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(b.slug() + ".pdf").build().toString())
                .body(pdf.render(b, properties.partnershipName(), address));
    }

    @GetMapping("/learning/briefings/new")
    @PreAuthorize(WRITE)
    String add(Model model) {
        return form(model, BriefingForm.blank(), null);
    }

    @PostMapping("/learning/briefings/new")
    @PreAuthorize(WRITE)
    String add(@ModelAttribute("form") BriefingForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var details = form.check(errors, references);
        if (details == null) return form(model, form, null);
        long id;
        try {
            id = briefings.create(details, person);
        } catch (DataIntegrityViolationException raced) {
            errors.rejectValue("title", "duplicate", "Another briefing with this title was saved at the same moment. Save again");
            return form(model, form, null);
        }
        redirect.addFlashAttribute("success", "Draft briefing saved");
        return "redirect:/learning/briefings/" + id;
    }

    @GetMapping("/learning/briefings/{id}/edit")
    @PreAuthorize(WRITE)
    String edit(@PathVariable long id, CurrentPerson person, Model model) {
        var b = briefings.view(person, id);
        return form(model, BriefingForm.of(b, references.referenceOf(b.details().subjectKind(), b.details().subjectId()).orElse(null)), b);
    }

    @PostMapping("/learning/briefings/{id}/edit")
    @PreAuthorize(WRITE)
    String edit(@PathVariable long id, @ModelAttribute("form") BriefingForm form, BindingResult errors, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        var b = briefings.view(person, id);
        var details = form.check(errors, references);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", CONFLICT);
        if (errors.hasErrors()) return form(model, form, b);
        try {
            briefings.update(id, version, details, person);
        } catch (OptimisticLockingFailureException stale) {
            var latest = briefings.view(person, id);
            errors.reject("stale", CONFLICT);
            return form(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), latest);
        } catch (DataIntegrityViolationException raced) {
            errors.rejectValue("title", "duplicate", "Another briefing with this title was saved at the same moment. Save again");
            return form(model, form, b);
        }
        redirect.addFlashAttribute("success", "Briefing changed");
        return "redirect:/learning/briefings/" + id;
    }

    @PostMapping("/learning/briefings/{id}/publish")
    @PreAuthorize(WRITE)
    String publish(@PathVariable long id, @RequestParam(required = false) String version, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var b = briefings.view(person, id);
        if (b.published()) {
            redirect.addFlashAttribute("success", "This briefing is already published");
            return "redirect:/learning/briefings/" + id;
        }
        Long expected = FormValues.wholeNumber(version);
        try {
            if (expected == null) throw new OptimisticLockingFailureException("No version");
            briefings.publish(id, expected, null, person);
        } catch (OptimisticLockingFailureException stale) {
            var latest = briefings.view(person, id);
            model.addAttribute("briefing", latest);
            model.addAttribute("canWrite", true);
            model.addAttribute("problem", PUBLISH_CONFLICT);
            return "reviews/learning/briefing";
        }
        redirect.addFlashAttribute("success", "Briefing published in the public library at /briefings/" + b.slug());
        return "redirect:/learning/briefings/" + id;
    }

    private String form(Model model, BriefingForm form, BriefingRecord briefing) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("briefing", briefing);
        model.addAttribute("subjects", Choice.of(BriefingSubject.values()));
        model.addAttribute("sections", BriefingForm.SECTIONS.stream().map(s -> new Choice(s[0], (BriefingForm.SECTIONS.indexOf(s) + 1) + ". " + s[1])).toList());
        model.addAttribute("maxSection", BriefingText.MAX_SECTION);
        model.addAttribute("maxLines", BriefingText.MAX_SECTION_LINES);
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "reviews/learning/briefing-form";
    }
}
