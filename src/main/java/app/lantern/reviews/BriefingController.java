package app.lantern.reviews;

import org.springframework.dao.DataIntegrityViolationException;
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
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.Rule;
import app.lantern.shared.LanternProperties;
import jakarta.validation.Valid;

/**
 * Writing and publishing 7-minute briefings (the business unit); partner leads read drafts too.
 * Anyone else signed in sees only published ones here; a draft's address is 404 for them.
 */
@Controller
class BriefingController {


    private final BriefingService briefings;
    private final BriefingPdf pdf;
    private final LanternProperties properties;

    private final ReviewReferences references;
    private final ReviewAccess access;

    BriefingController(BriefingService briefings, BriefingPdf pdf, LanternProperties properties, ReviewReferences references,
            ReviewAccess access) {
        this.references = references;
        this.access = access;
        this.briefings = briefings;
        this.pdf = pdf;
        this.properties = properties;
    }

    @GetMapping("/learning/briefings")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(CurrentPerson person, Model model) {
        model.addAttribute("briefings", briefings.list(person));
        model.addAttribute("canWrite", access.manages(person));
        model.addAttribute("seesDrafts", access.sees(person));
        return "reviews/learning/briefings";
    }

    @GetMapping("/learning/briefings/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, CurrentPerson person, Model model) {
        var b = briefings.view(person, id);
        model.addAttribute("briefing", b);
        model.addAttribute("subjectReference", references.referenceOf(b.details().subjectKind(), b.details().subjectId()).orElse(null));
        model.addAttribute("subjectOpens", access.opensSubject(b.details().subjectKind(), b.details().subjectId(), person));
        model.addAttribute("canWrite", access.manages(person));
        return "reviews/learning/briefing";
    }

    /** The printable page of any briefing this person may see, drafts included, to check it before publishing. */
    @GetMapping("/learning/briefings/{id}/printable.pdf")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    ResponseEntity<byte[]> printable(@PathVariable long id, CurrentPerson person) {
        var b = briefings.view(person, id);
        String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/briefings/{slug}").buildAndExpand(b.slug())
                .toUriString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(b.slug() + ".pdf").build().toString())
                .body(pdf.render(b, properties.partnershipName(), address));
    }

    @GetMapping("/learning/briefings/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String add(Model model) {
        return form(model, BriefingForm.blank(), null);
    }

    @PostMapping("/learning/briefings/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String add(@Valid @ModelAttribute("form") BriefingForm form, BindingResult errors, CurrentPerson person, Model model,
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
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String edit(@PathVariable long id, CurrentPerson person, Model model) {
        var b = briefings.view(person, id);
        return form(model, BriefingForm.of(b, references.referenceOf(b.details().subjectKind(), b.details().subjectId()).orElse(null)), b);
    }

    @PostMapping("/learning/briefings/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") BriefingForm form, BindingResult errors, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        var b = briefings.view(person, id);
        var details = form.check(errors, references);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", EditConflicts.MESSAGE);
        if (errors.hasErrors()) return form(model, form, b);
        try {
            if (!EditConflicts.saved(errors, () -> briefings.update(id, version, details, person))) {
                var latest = briefings.view(person, id);
                return form(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), latest);
            }
        } catch (DataIntegrityViolationException raced) {
            errors.rejectValue("title", "duplicate", "Another briefing with this title was saved at the same moment. Save again");
            return form(model, form, b);
        }
        redirect.addFlashAttribute("success", "Briefing changed");
        return "redirect:/learning/briefings/" + id;
    }

    @PostMapping("/learning/briefings/{id}/publish")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String publish(@PathVariable long id, @RequestParam(required = false) String version, CurrentPerson person,
            RedirectAttributes redirect) {
        var b = briefings.view(person, id);
        if (b.published()) {
            redirect.addFlashAttribute("success", "This briefing is already published");
            return "redirect:/learning/briefings/" + id;
        }
        // a missing version is a stale page, refused the same way as a moved one
        long expected = FormValues.wholeNumber(version) == null ? -1 : FormValues.wholeNumber(version);
        if (!EditConflicts.saved(redirect, () -> briefings.publish(id, expected, person))) {
            return "redirect:/learning/briefings/" + id;
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
        return "reviews/learning/briefing-form";
    }
}
