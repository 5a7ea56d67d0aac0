package app.lantern.reviews;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** The review types the business unit manages: list, add, change. */
@Controller
class ReviewTypeController {

    private final ReviewTypeService types;

    ReviewTypeController(ReviewTypeService types) {
        this.types = types;
    }

    @GetMapping("/reviews/types")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String list(Model model) {
        model.addAttribute("types", types.all());
        return "reviews/cases/types";
    }

    @GetMapping("/reviews/types/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String add(Model model) {
        model.addAttribute("form", ReviewTypeForm.empty());
        return form(model, null);
    }

    @PostMapping("/reviews/types/new")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String add(@Valid @ModelAttribute("form") ReviewTypeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        var checked = form.checked(errors);
        if (checked != null && types.nameTaken(checked.name(), null)) errors.rejectValue("name", "taken", "There is already a review type with that name");
        if (errors.hasErrors()) return form(model, null);
        try {
            types.create(checked);
        } catch (DuplicateKeyException raced) {
            errors.rejectValue("name", "taken", "There is already a review type with that name");
            return form(model, null);
        }
        redirect.addFlashAttribute("success", "Review type added");
        return "redirect:/reviews/types";
    }

    @GetMapping("/reviews/types/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String edit(@PathVariable long id, Model model) {
        var t = types.find(id).orElseThrow(RecordNotFoundException::new);
        model.addAttribute("form", ReviewTypeForm.of(t));
        return form(model, t);
    }

    @PostMapping("/reviews/types/{id}/edit")
    @PreAuthorize(Rule.Allowed.MANAGES_REVIEWS)
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") ReviewTypeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var t = types.find(id).orElseThrow(RecordNotFoundException::new);
        var checked = form.checked(errors);
        if (checked != null && types.nameTaken(checked.name(), id)) errors.rejectValue("name", "taken", "There is already a review type with that name");
        if (errors.hasErrors()) return form(model, t);
        try {
            if (!EditConflicts.saved(errors, () -> types.change(id, FormValues.version(form.version()), checked))) {
                var now = types.find(id).orElseThrow(RecordNotFoundException::new);
                FormErrors.keep(model, form.withVersion(now.version()), errors);
                return form(model, now);
            }
        } catch (DuplicateKeyException raced) {
            errors.rejectValue("name", "taken", "There is already a review type with that name");
            return form(model, t);
        }
        redirect.addFlashAttribute("success", "Review type changed");
        return "redirect:/reviews/types";
    }

    private String form(Model model, ReviewType type) {
        model.addAttribute("type", type);
        model.addAttribute("statutoryChoices", List.of(new Choice("yes", "Yes", "The law requires it, as for a local child safeguarding practice review"),
                new Choice("no", "No", "The partnership holds it by local choice")));
        return "reviews/cases/type-form";
    }
}
