package app.lantern.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.plan.PlanForms.ActionForm;
import app.lantern.plan.PlanForms.ApprovalForm;
import app.lantern.plan.PlanForms.NextPlanForm;
import app.lantern.plan.PlanForms.ObjectiveForm;
import app.lantern.plan.PlanForms.PlanForm;
import app.lantern.plan.PlanForms.PriorityForm;
import app.lantern.plan.PlanForms.RevisionForm;
import app.lantern.shared.Choice;
import app.lantern.shared.FormErrors;
import app.lantern.shared.ReportingYear;
import jakarta.validation.Valid;

/**
 * The business plan's pages: the list of plans, a plan with its priorities, objectives and
 * actions, and every change to it — drafting, approval, revision, starting the next plan and
 * adding actions to an objective.
 */
@Controller
class PlanController {

    static final String READ = "isAuthenticated()";
    static final String EDIT = "hasAnyRole('ADMINISTRATOR','BUSINESS_UNIT')";
    static final String APPROVE = "hasRole('PARTNER_LEAD')";

    static final String STALE = "Someone else changed this plan while you were working on it. What you typed is shown below "
            + "but has not been saved: check it against the plan and save again";

    private final PlanService plans;
    private final OrganisationDirectory organisations;
    private final People people;

    PlanController(PlanService plans, OrganisationDirectory organisations, People people) {
        this.plans = plans;
        this.organisations = organisations;
        this.people = people;
    }

    // ---- reading ------------------------------------------------------------------------------

    @GetMapping("/plan")
    @PreAuthorize(READ)
    String list(CurrentPerson me, Model model) {
        model.addAttribute("plans", plans.planRows());
        model.addAttribute("currentYear", plans.currentYear());
        model.addAttribute("mayEdit", plans.mayEdit(me));
        return "plan/plans";
    }

    @GetMapping("/plan/{id}")
    @PreAuthorize(READ)
    String show(@PathVariable long id, CurrentPerson me, Model model) {
        var page = plans.planPage(id);
        model.addAttribute("page", page);
        model.addAttribute("plan", page.plan());
        model.addAttribute("mayEdit", plans.mayEdit(me));
        model.addAttribute("mayApprove", plans.mayApprove(me));
        model.addAttribute("today", plans.today());
        model.addAttribute("rags", PlanViews.RAGS);
        return "plan/plan";
    }

    // ---- the plan's details -------------------------------------------------------------------

    @GetMapping("/plan/new")
    @PreAuthorize(EDIT)
    String newPlan(CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        return planForm(model, PlanForm.empty(plans.currentYear().next()), null);
    }

    @PostMapping("/plan/new")
    @PreAuthorize(EDIT)
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
    @PreAuthorize(EDIT)
    String editPlan(@PathVariable long id, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var plan = plans.planOrNotFound(id);
        if (!plan.status().editable()) return toRevision(id);
        return planForm(model, PlanForm.of(plan), id);
    }

    @PostMapping("/plan/{id}/edit")
    @PreAuthorize(EDIT)
    String updatePlan(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        plans.planOrNotFound(id);
        var details = form.details(errors);
        Long version = PlanForms.version(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and make your change");
        if (errors.hasErrors()) return planForm(model, form, id);
        try {
            plans.updateDetails(id, version, details, me);
            redirect.addFlashAttribute("success", "Plan details saved");
            return "redirect:/plan/" + id;
        } catch (OptimisticLockingFailureException e) {
            errors.reject("stale", STALE);
            var latest = plans.planOrNotFound(id);
            return planForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id);
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
        if (planId != null) model.addAttribute("plan", plans.planOrNotFound(planId));
        model.addAttribute("hasErrors", FormErrors.has(model));
        model.addAttribute("yearChoices", List.of(new Choice("1", "1 year"), new Choice("2", "2 years"), new Choice("3", "3 years"),
                new Choice("4", "4 years"), new Choice("5", "5 years")));
        return "plan/plan-form";
    }

    // ---- priorities ---------------------------------------------------------------------------

    @GetMapping("/plan/{id}/priorities/new")
    @PreAuthorize(EDIT)
    String newPriority(@PathVariable long id, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        if (!plans.planOrNotFound(id).status().editable()) return toRevision(id);
        return priorityForm(model, PriorityForm.empty(), id, null);
    }

    @PostMapping("/plan/{id}/priorities/new")
    @PreAuthorize(EDIT)
    String addPriority(@PathVariable long id, @Valid @ModelAttribute("form") PriorityForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        plans.planOrNotFound(id);
        if (errors.hasErrors()) return priorityForm(model, form, id, null);
        try {
            long priorityId = plans.addPriority(id, form.details(), me);
            redirect.addFlashAttribute("success", "Priority added");
            return "redirect:/plan/" + id + "#priority-" + priorityId;
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return priorityForm(model, form, id, null);
    }

    @GetMapping("/plan/{id}/priorities/{priorityId}/edit")
    @PreAuthorize(EDIT)
    String editPriority(@PathVariable long id, @PathVariable long priorityId, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var priority = plans.priority(id, priorityId);
        if (!plans.planOrNotFound(id).status().editable()) return toRevision(id);
        return priorityForm(model, PriorityForm.of(priority), id, priorityId);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/edit")
    @PreAuthorize(EDIT)
    String updatePriority(@PathVariable long id, @PathVariable long priorityId, @Valid @ModelAttribute("form") PriorityForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        plans.priority(id, priorityId);
        Long version = PlanForms.version(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and make your change");
        if (errors.hasErrors()) return priorityForm(model, form, id, priorityId);
        try {
            plans.updatePriority(id, priorityId, version, form.details(), me);
            redirect.addFlashAttribute("success", "Priority saved");
            return "redirect:/plan/" + id + "#priority-" + priorityId;
        } catch (OptimisticLockingFailureException e) {
            errors.reject("stale", STALE);
            var latest = plans.priority(id, priorityId);
            return priorityForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id, priorityId);
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return priorityForm(model, form, id, priorityId);
    }

    private String priorityForm(Model model, PriorityForm form, long planId, Long priorityId) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plans.planOrNotFound(planId));
        model.addAttribute("priority", priorityId == null ? null : plans.priority(planId, priorityId));
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/priority-form";
    }

    @GetMapping("/plan/{id}/priorities/{priorityId}/remove")
    @PreAuthorize(EDIT)
    String confirmRemovePriority(@PathVariable long id, @PathVariable long priorityId, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var priority = plans.priority(id, priorityId);
        if (!plans.planOrNotFound(id).status().editable()) return toRevision(id);
        return removePage(model, id, "priority " + priority.number() + ": " + priority.title(),
                "/plan/" + id + "/priorities/" + priorityId + "/remove", null);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/remove")
    @PreAuthorize(EDIT)
    String removePriority(@PathVariable long id, @PathVariable long priorityId, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var priority = plans.priority(id, priorityId);
        try {
            plans.removePriority(id, priorityId, me);
        } catch (PlanService.NotAllowed e) {
            return removePage(model, id, "priority " + priority.number() + ": " + priority.title(),
                    "/plan/" + id + "/priorities/" + priorityId + "/remove", e.getMessage());
        }
        redirect.addFlashAttribute("success", "Priority " + priority.number() + " removed");
        return "redirect:/plan/" + id;
    }

    // ---- objectives ---------------------------------------------------------------------------

    @GetMapping("/plan/{id}/priorities/{priorityId}/objectives/new")
    @PreAuthorize(EDIT)
    String newObjective(@PathVariable long id, @PathVariable long priorityId, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var priority = plans.priority(id, priorityId);
        if (!plans.planOrNotFound(id).status().editable()) return toRevision(id);
        return objectiveForm(model, ObjectiveForm.empty(), id, priority, null);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/objectives/new")
    @PreAuthorize(EDIT)
    String addObjective(@PathVariable long id, @PathVariable long priorityId, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        var priority = plans.priority(id, priorityId);
        if (errors.hasErrors()) return objectiveForm(model, form, id, priority, null);
        try {
            long objectiveId = plans.addObjective(id, priorityId, form.details(), me);
            redirect.addFlashAttribute("success", "Objective added");
            return "redirect:/plan/" + id + "#objective-" + objectiveId;
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return objectiveForm(model, form, id, priority, null);
    }

    @GetMapping("/plan/{id}/objectives/{objectiveId}/edit")
    @PreAuthorize(EDIT)
    String editObjective(@PathVariable long id, @PathVariable long objectiveId, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var objective = plans.objective(id, objectiveId);
        if (!plans.planOrNotFound(id).status().editable()) return toRevision(id);
        return objectiveForm(model, ObjectiveForm.of(objective), id, plans.priority(id, objective.priorityId()), objective);
    }

    @PostMapping("/plan/{id}/objectives/{objectiveId}/edit")
    @PreAuthorize(EDIT)
    String updateObjective(@PathVariable long id, @PathVariable long objectiveId, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        var objective = plans.objective(id, objectiveId);
        var priority = plans.priority(id, objective.priorityId());
        Long version = PlanForms.version(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and make your change");
        if (errors.hasErrors()) return objectiveForm(model, form, id, priority, objective);
        try {
            plans.updateObjective(id, objectiveId, version, form.details(), me);
            redirect.addFlashAttribute("success", "Objective saved");
            return "redirect:/plan/" + id + "#objective-" + objectiveId;
        } catch (OptimisticLockingFailureException e) {
            errors.reject("stale", STALE);
            var latest = plans.objective(id, objectiveId);
            return objectiveForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id, priority, objective);
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return objectiveForm(model, form, id, priority, objective);
    }

    private String objectiveForm(Model model, ObjectiveForm form, long planId, PlanRecords.PriorityRecord priority,
            PlanRecords.ObjectiveRecord objective) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plans.planOrNotFound(planId));
        model.addAttribute("priority", priority);
        model.addAttribute("objective", objective);
        model.addAttribute("label", objective == null ? null : PlanRules.objectiveLabel(priority.number(), objective.number()));
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/objective-form";
    }

    @GetMapping("/plan/{id}/objectives/{objectiveId}/remove")
    @PreAuthorize(EDIT)
    String confirmRemoveObjective(@PathVariable long id, @PathVariable long objectiveId, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var objective = plans.objective(id, objectiveId);
        var priority = plans.priority(id, objective.priorityId());
        if (!plans.planOrNotFound(id).status().editable()) return toRevision(id);
        return removePage(model, id, "objective " + PlanRules.objectiveLabel(priority.number(), objective.number()) + ": "
                + objective.title(), "/plan/" + id + "/objectives/" + objectiveId + "/remove", null);
    }

    @PostMapping("/plan/{id}/objectives/{objectiveId}/remove")
    @PreAuthorize(EDIT)
    String removeObjective(@PathVariable long id, @PathVariable long objectiveId, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var objective = plans.objective(id, objectiveId);
        var priority = plans.priority(id, objective.priorityId());
        String label = PlanRules.objectiveLabel(priority.number(), objective.number());
        try {
            plans.removeObjective(id, objectiveId, me);
        } catch (PlanService.NotAllowed e) {
            return removePage(model, id, "objective " + label + ": " + objective.title(),
                    "/plan/" + id + "/objectives/" + objectiveId + "/remove", e.getMessage());
        }
        redirect.addFlashAttribute("success", "Objective " + label + " removed");
        return "redirect:/plan/" + id + "#priority-" + priority.id();
    }

    private String removePage(Model model, long planId, String what, String action, String error) {
        model.addAttribute("plan", plans.planOrNotFound(planId));
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("errors", error == null ? java.util.Map.of() : java.util.Map.of("remove", error));
        return "plan/remove";
    }

    // ---- approval and revision ----------------------------------------------------------------

    @GetMapping("/plan/{id}/approve")
    @PreAuthorize(APPROVE)
    String approveForm(@PathVariable long id, CurrentPerson me, Model model) {
        plans.checkMayApprove(me);
        var plan = plans.planOrNotFound(id);
        return approvePage(model, id, ApprovalForm.of(plans.today(), plan.version()));
    }

    @PostMapping("/plan/{id}/approve")
    @PreAuthorize(APPROVE)
    String approve(@PathVariable long id, @Valid @ModelAttribute("form") ApprovalForm form, BindingResult errors, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        var plan = plans.planOrNotFound(id);
        var approval = form.details(plans.today(), errors);
        Long version = PlanForms.version(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and approve it");
        if (errors.hasErrors()) return approvePage(model, id, form);
        try {
            plans.approve(id, version, approval, me);
            redirect.addFlashAttribute("success", plan.status() == PlanStatus.REVISING
                    ? "Revision " + (plan.revision() + 1) + " approved" : "Plan approved");
            return "redirect:/plan/" + id;
        } catch (OptimisticLockingFailureException e) {
            errors.reject("stale", "The plan changed since you opened this page. Read it again below before you approve it");
            var latest = plans.planOrNotFound(id);
            return approvePage(model, id, FormErrors.keep(model, form.withVersion(latest.version()), errors));
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return approvePage(model, id, form);
    }

    private String approvePage(Model model, long planId, ApprovalForm form) {
        var page = plans.planPage(planId);
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        model.addAttribute("plan", page.plan());
        model.addAttribute("problems", PlanRules.approvalProblems(page.priorities().stream()
                .map(p -> new PlanRules.Outline(p.priority().number(), p.objectives().size())).toList()));
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/approve";
    }

    @GetMapping("/plan/{id}/revisions/new")
    @PreAuthorize(EDIT)
    String revisionForm(@PathVariable long id, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var plan = plans.planOrNotFound(id);
        if (plan.status() != PlanStatus.APPROVED) return "redirect:/plan/" + id;
        return revisionPage(model, id, new RevisionForm("", String.valueOf(plan.version())));
    }

    @PostMapping("/plan/{id}/revisions/new")
    @PreAuthorize(EDIT)
    String startRevision(@PathVariable long id, @Valid @ModelAttribute("form") RevisionForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        plans.planOrNotFound(id);
        Long version = PlanForms.version(form.version());
        if (version == null) errors.reject("version", "The form was incomplete. Open the plan again and start the revision");
        if (errors.hasErrors()) return revisionPage(model, id, form);
        try {
            int number = plans.startRevision(id, version, form.reason(), me);
            redirect.addFlashAttribute("success", "Revision " + number + " started: changes you make now are recorded in it");
            return "redirect:/plan/" + id;
        } catch (OptimisticLockingFailureException e) {
            errors.reject("stale", STALE);
            var latest = plans.planOrNotFound(id);
            return revisionPage(model, id, FormErrors.keep(model, form.withVersion(latest.version()), errors));
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return revisionPage(model, id, form);
    }

    private String revisionPage(Model model, long planId, RevisionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plans.planOrNotFound(planId));
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/revision-form";
    }

    // ---- the next plan ------------------------------------------------------------------------

    @GetMapping("/plan/{id}/next")
    @PreAuthorize(EDIT)
    String nextForm(@PathVariable long id, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        var plan = plans.planOrNotFound(id);
        return nextPage(model, plan, new NextPlanForm(PlanService.defaultTitle(plan.years().following(1)), "1"));
    }

    @PostMapping("/plan/{id}/next")
    @PreAuthorize(EDIT)
    String startNext(@PathVariable long id, @Valid @ModelAttribute("form") NextPlanForm form, BindingResult errors, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        var plan = plans.planOrNotFound(id);
        int years = form.count(errors);
        if (errors.hasErrors()) return nextPage(model, plan, form);
        try {
            var started = plans.startNext(id, form.title(), years, me);
            int n = started.carriedForward();
            redirect.addFlashAttribute("success", "Draft plan started from " + plan.title() + ": " + n + " unfinished action"
                    + (n == 1 ? " was" : "s were") + " carried forward");
            return "redirect:/plan/" + started.planId();
        } catch (PlanService.YearsTaken e) {
            errors.rejectValue("years", "taken", e.getMessage());
        } catch (DataIntegrityViolationException e) {
            errors.rejectValue("years", "taken", "Another plan already covers one of these years");
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return nextPage(model, plan, form);
    }

    private String nextPage(Model model, PlanRecords.PlanRecord plan, NextPlanForm form) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("hasErrors", FormErrors.has(model));
        model.addAttribute("yearChoices", List.of(1, 2, 3).stream()
                .map(n -> new Choice(String.valueOf(n), n + (n == 1 ? " year: " : " years: ") + plan.years().following(n).label(),
                        plan.years().following(n).span()))
                .toList());
        model.addAttribute("page", plans.planPage(plan.id()));
        return "plan/next-plan";
    }

    // ---- actions ------------------------------------------------------------------------------

    @GetMapping("/plan/{id}/objectives/{objectiveId}/actions/new")
    @PreAuthorize(EDIT)
    String newAction(@PathVariable long id, @PathVariable long objectiveId, CurrentPerson me, Model model) {
        plans.checkMayEdit(me);
        plans.objective(id, objectiveId);
        if (plans.followed(id)) return "redirect:/plan/" + id + "#objective-" + objectiveId;
        return actionForm(model, ActionForm.empty(), id, objectiveId);
    }

    @PostMapping("/plan/{id}/objectives/{objectiveId}/actions/new")
    @PreAuthorize(EDIT)
    String raiseAction(@PathVariable long id, @PathVariable long objectiveId, @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        plans.objective(id, objectiveId);
        Set<Long> orgIds = organisations.choices().stream().map(OrganisationDirectory.Option::id).collect(Collectors.toSet());
        Set<Long> personIds = people.active().stream().map(p -> p.id()).collect(Collectors.toSet());
        var details = form.details(plans.today(), orgIds, personIds, errors);
        if (errors.hasErrors()) return actionForm(model, form, id, objectiveId);
        try {
            long actionId = plans.raiseAction(id, objectiveId, details, me);
            redirect.addFlashAttribute("success", "Action " + String.format("A-%04d", actionId) + " added to the tracker");
            return "redirect:/plan/" + id + "#objective-" + objectiveId;
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return actionForm(model, form, id, objectiveId);
    }

    private String actionForm(Model model, ActionForm form, long planId, long objectiveId) {
        var objective = plans.objective(planId, objectiveId);
        var priority = plans.priority(planId, objective.priorityId());
        model.addAttribute("form", form);
        model.addAttribute("plan", plans.planOrNotFound(planId));
        model.addAttribute("objective", objective);
        model.addAttribute("label", PlanRules.objectiveLabel(priority.number(), objective.number()));
        model.addAttribute("hasErrors", FormErrors.has(model));
        model.addAttribute("organisationChoices", organisations.choices().stream()
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        model.addAttribute("personChoices", people.active().stream()
                .map(p -> new Choice(String.valueOf(p.id()), p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle())))
                .toList());
        return "plan/action-form";
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** An approved plan changes only through a revision: asking to change one leads to starting a revision. */
    private static String toRevision(long planId) {
        return "redirect:/plan/" + planId + "/revisions/new";
    }
}
