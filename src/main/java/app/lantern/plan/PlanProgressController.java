package app.lantern.plan;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanForms.ProgressForm;
import app.lantern.shared.FormErrors;
import app.lantern.shared.ReportingYear;
import jakarta.validation.Valid;

/** Progress against priorities in a reporting year, and the business unit's achievements and narrative for each priority. */
@Controller
class PlanProgressController {

    private final PlanService plans;

    PlanProgressController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/plan/progress")
    @PreAuthorize(PlanController.READ)
    String progress(@RequestParam(required = false) String year, CurrentPerson me, Model model) {
        var chosen = year == null || year.isBlank() ? plans.currentYear() : parse(year);
        model.addAttribute("page", plans.progressPage(chosen));
        model.addAttribute("mayEdit", plans.mayEdit(me));
        model.addAttribute("statuses", PlanViews.STATUSES);
        model.addAttribute("rags", PlanViews.RAGS);
        return "plan/progress";
    }

    @GetMapping("/plan/progress/{priorityId}/edit")
    @PreAuthorize(PlanController.EDIT)
    String editForm(@PathVariable long priorityId, @RequestParam(required = false) String year, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var y = covered(priorityId, year);
        return form(model, ProgressForm.of(plans.savedProgress(priorityId, y)), priorityId, y);
    }

    @PostMapping("/plan/progress/{priorityId}/edit")
    @PreAuthorize(PlanController.EDIT)
    String save(@PathVariable long priorityId, @RequestParam(required = false) String year,
            @Valid @ModelAttribute("form") ProgressForm form, BindingResult errors, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var y = covered(priorityId, year);
        var details = form.details(errors);
        if (errors.hasErrors()) return form(model, form, priorityId, y);
        try {
            plans.saveProgress(priorityId, y, PlanForms.version(form.version()), details, me);
            redirect.addFlashAttribute("success", "Progress saved");
            return "redirect:/plan/progress?year=" + y.slug() + "#priority-" + priorityId;
        } catch (OptimisticLockingFailureException e) {
            errors.reject("stale", "Someone else saved this priority's progress while you were working on it. What you typed is "
                    + "shown below but has not been saved: check it against the progress page and save again");
            return form(model, FormErrors.keep(model, form.withVersion(plans.savedProgress(priorityId, y).version()), errors),
                    priorityId, y);
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return form(model, form, priorityId, y);
    }

    private String form(Model model, ProgressForm form, long priorityId, ReportingYear year) {
        var priority = plans.priorityOrNotFound(priorityId);
        model.addAttribute("form", form);
        model.addAttribute("priority", priority);
        model.addAttribute("plan", plans.planOrNotFound(priority.planId()));
        model.addAttribute("year", year);
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/progress-form";
    }

    /** The year asked for, which the priority's plan must cover; anything else names no page. */
    private ReportingYear covered(long priorityId, String year) {
        var priority = plans.priorityOrNotFound(priorityId);
        var plan = plans.planOrNotFound(priority.planId());
        var y = parse(year);
        if (!plan.covers(y)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return y;
    }

    private static ReportingYear parse(String year) {
        return ReportingYear.tryParse(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
