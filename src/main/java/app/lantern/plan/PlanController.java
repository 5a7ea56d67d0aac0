package app.lantern.plan;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanForms.PlanForm;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** The list of plans, a plan's page, and a plan's own details: creating a plan and changing its title, years and summary. */
@Controller
class PlanController {

    private final PlanService plans;
    private final PlanReader reader;
    private final Access access;

    PlanController(PlanService plans, PlanReader reader, Access access) {
        this.plans = plans;
        this.reader = reader;
        this.access = access;
    }

    @GetMapping("/plan")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(Model model) {
        model.addAttribute("plans", reader.planRows());
        model.addAttribute("currentYear", reader.currentYear());
        model.addAttribute("mayEdit", access.allows(Rule.RUNS_PARTNERSHIP));
        return "plan/plans";
    }

    @GetMapping("/plan/{id}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable long id, Model model) {
        var page = reader.planPage(id);
        model.addAttribute("page", page);
        model.addAttribute("plan", page.plan());
        model.addAttribute("mayEdit", access.allows(Rule.RUNS_PARTNERSHIP));
        model.addAttribute("mayApprove", access.allows(Rule.APPROVES_PLANS));
        model.addAttribute("today", reader.today());
        model.addAttribute("rags", PlanViews.RAGS);
        return "plan/plan";
    }

    @GetMapping("/plan/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String newPlan(Model model) {
        return planForm(model, PlanForm.empty(reader.currentYear().next()), null);
    }

    @PostMapping("/plan/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var details = form.details(errors);
        if (errors.hasErrors()) return planForm(model, form, null);
        try {
            long id = plans.create(details, me);
            redirect.addFlashAttribute("success", "Plan created as a draft");
            return "redirect:/plan/" + id;
        } catch (PlanService.YearsTaken e) {
            errors.rejectValue("firstYear", "taken", e.getMessage());
        } catch (DataIntegrityViolationException e) {
            errors.rejectValue("firstYear", "taken", "Another plan already covers one of these years");
        } catch (IllegalArgumentException e) {
            errors.reject("invalid", e.getMessage());
        }
        return planForm(model, form, null);
    }

    @GetMapping("/plan/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String editPlan(@PathVariable long id, Model model) {
        var plan = reader.plan(id);
        if (!plan.status().editable()) return PlanContentsController.toRevision(id);
        return planForm(model, PlanForm.of(plan), id);
    }

    @PostMapping("/plan/{id}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String updatePlan(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        reader.plan(id);
        var details = form.details(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and make your change");
        if (errors.hasErrors()) return planForm(model, form, id);
        try {
            if (EditConflicts.saved(errors, () -> plans.updateDetails(id, version, details, me))) {
                redirect.addFlashAttribute("success", "Plan details saved");
                return "redirect:/plan/" + id;
            }
            return planForm(model, FormErrors.keep(model, form.withVersion(reader.plan(id).version()), errors), id);
        } catch (PlanService.YearsTaken e) {
            errors.rejectValue("firstYear", "taken", e.getMessage());
        } catch (DataIntegrityViolationException e) {
            errors.rejectValue("firstYear", "taken", "Another plan already covers one of these years");
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return planForm(model, form, id);
    }

    private String planForm(Model model, PlanForm form, Long planId) {
        model.addAttribute("form", form);
        model.addAttribute("planId", planId);
        if (planId != null) model.addAttribute("plan", reader.plan(planId));
        model.addAttribute("yearChoices", List.of(new Choice("1", "1 year"), new Choice("2", "2 years"), new Choice("3", "3 years"),
                new Choice("4", "4 years"), new Choice("5", "5 years")));
        return "plan/plan-form";
    }
}
