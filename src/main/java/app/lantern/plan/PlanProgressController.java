package app.lantern.plan;

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

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanForms.ProgressForm;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Progress against priorities in a reporting year, and the business unit's achievements and narrative for each priority. */
@Controller
class PlanProgressController {

    private final PlanProgress progress;
    private final PlanReader reader;
    private final Access access;

    PlanProgressController(PlanProgress progress, PlanReader reader, Access access) {
        this.progress = progress;
        this.reader = reader;
        this.access = access;
    }

    @GetMapping("/plan/progress")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String progress(@RequestParam(required = false) String year, Model model) {
        var chosen = year == null || year.isBlank() ? reader.currentYear() : parse(year);
        model.addAttribute("page", progress.progressPage(chosen));
        model.addAttribute("mayEdit", access.allows(Rule.RUNS_PARTNERSHIP));
        model.addAttribute("statuses", PlanViews.STATUSES);
        model.addAttribute("rags", PlanViews.RAGS);
        return "plan/progress";
    }

    @GetMapping("/plan/progress/{priorityId}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String editForm(@PathVariable long priorityId, @RequestParam(required = false) String year, Model model) {
        var y = covered(priorityId, year);
        return form(model, ProgressForm.of(progress.savedProgress(priorityId, y)), priorityId, y);
    }

    @PostMapping("/plan/progress/{priorityId}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String save(@PathVariable long priorityId, @RequestParam(required = false) String year,
            @Valid @ModelAttribute("form") ProgressForm form, BindingResult errors, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var y = covered(priorityId, year);
        var details = form.details(errors);
        if (errors.hasErrors()) return form(model, form, priorityId, y);
        try {
            if (EditConflicts.saved(errors, () -> progress.saveProgress(priorityId, y, FormValues.wholeNumber(form.version()), details, me))) {
                redirect.addFlashAttribute("success", "Progress saved");
                return "redirect:/plan/progress?year=" + y.slug() + "#priority-" + priorityId;
            }
            return form(model, FormErrors.keep(model, form.withVersion(progress.savedProgress(priorityId, y).version()), errors),
                    priorityId, y);
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return form(model, form, priorityId, y);
    }

    private String form(Model model, ProgressForm form, long priorityId, ReportingYear year) {
        var priority = reader.priority(priorityId);
        model.addAttribute("form", form);
        model.addAttribute("priority", priority);
        model.addAttribute("plan", reader.plan(priority.planId()));
        model.addAttribute("year", year);
        return "plan/progress-form";
    }

    /** The year asked for, which the priority's plan must cover; anything else names no page. */
    private ReportingYear covered(long priorityId, String year) {
        var plan = reader.plan(reader.priority(priorityId).planId());
        var y = parse(year);
        if (!plan.covers(y)) throw new RecordNotFoundException();
        return y;
    }

    private static ReportingYear parse(String year) {
        return ReportingYear.tryParse(year).orElseThrow(RecordNotFoundException::new);
    }
}
