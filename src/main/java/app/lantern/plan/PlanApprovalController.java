package app.lantern.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanForms.ApprovalForm;
import app.lantern.plan.PlanForms.RevisionForm;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** A partner lead approving a plan or a revision of it, and the business unit starting a revision of an approved plan. */
@Controller
class PlanApprovalController {

    private final PlanService plans;
    private final PlanReader reader;

    PlanApprovalController(PlanService plans, PlanReader reader) {
        this.plans = plans;
        this.reader = reader;
    }

    @GetMapping("/plan/{id}/approve")
    @PreAuthorize(Rule.Allowed.APPROVES_PLANS)
    String approveForm(@PathVariable long id, Model model) {
        var plan = reader.plan(id);
        return approvePage(model, id, ApprovalForm.of(reader.today(), plan.version()));
    }

    @PostMapping("/plan/{id}/approve")
    @PreAuthorize(Rule.Allowed.APPROVES_PLANS)
    String approve(@PathVariable long id, @Valid @ModelAttribute("form") ApprovalForm form, BindingResult errors, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        var plan = reader.plan(id);
        var approval = form.details(reader.today(), errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and approve it");
        if (errors.hasErrors()) return approvePage(model, id, form);
        try {
            if (EditConflicts.saved(errors, () -> plans.approve(id, version, approval, me))) {
                redirect.addFlashAttribute("success", plan.status() == PlanStatus.REVISING
                        ? "Revision " + (plan.revision() + 1) + " approved" : "Plan approved");
                return "redirect:/plan/" + id;
            }
            // the page below shows the plan as it is now, so what they approve next time is what they read
            return approvePage(model, id, FormErrors.keep(model, form.withVersion(reader.plan(id).version()), errors));
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return approvePage(model, id, form);
    }

    private String approvePage(Model model, long planId, ApprovalForm form) {
        var page = reader.planPage(planId);
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        model.addAttribute("plan", page.plan());
        model.addAttribute("problems", PlanRules.approvalProblems(page.priorities().stream()
                .map(p -> new PlanRules.Outline(p.priority().number(), p.objectives().size())).toList()));
        return "plan/approve";
    }

    @GetMapping("/plan/{id}/revisions/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String revisionForm(@PathVariable long id, Model model) {
        var plan = reader.plan(id);
        if (plan.status() != PlanStatus.APPROVED) return "redirect:/plan/" + id;
        return revisionPage(model, id, new RevisionForm("", String.valueOf(plan.version())));
    }

    @PostMapping("/plan/{id}/revisions/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String startRevision(@PathVariable long id, @Valid @ModelAttribute("form") RevisionForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        reader.plan(id);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and start the revision");
        if (errors.hasErrors()) return revisionPage(model, id, form);
        var started = new int[1];
        try {
            if (EditConflicts.saved(errors, () -> started[0] = plans.startRevision(id, version, form.reason(), me))) {
                redirect.addFlashAttribute("success", "Revision " + started[0] + " started: changes you make now are recorded in it");
                return "redirect:/plan/" + id;
            }
            return revisionPage(model, id, FormErrors.keep(model, form.withVersion(reader.plan(id).version()), errors));
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return revisionPage(model, id, form);
    }

    private String revisionPage(Model model, long planId, RevisionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("plan", reader.plan(planId));
        return "plan/revision-form";
    }
}
