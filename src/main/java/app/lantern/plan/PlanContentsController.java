package app.lantern.plan;

import java.util.Map;

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
import app.lantern.plan.PlanForms.ObjectiveForm;
import app.lantern.plan.PlanForms.PriorityForm;
import app.lantern.plan.PlanRecords.ObjectiveRecord;
import app.lantern.plan.PlanRecords.PriorityRecord;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** A plan's priorities and objectives: adding, changing and removing them while the plan is a draft or being revised. */
@Controller
@PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
class PlanContentsController {

    private static final String INCOMPLETE = "The form was incomplete. Open the plan again and make your change";

    private final PlanContents contents;
    private final PlanReader reader;

    PlanContentsController(PlanContents contents, PlanReader reader) {
        this.contents = contents;
        this.reader = reader;
    }

    // ---- priorities ---------------------------------------------------------------------------

    @GetMapping("/plan/{id}/priorities/new")
    String newPriority(@PathVariable long id, Model model) {
        if (!reader.plan(id).status().editable()) return toRevision(id);
        return priorityForm(model, PriorityForm.empty(), id, null);
    }

    @PostMapping("/plan/{id}/priorities/new")
    String addPriority(@PathVariable long id, @Valid @ModelAttribute("form") PriorityForm form, BindingResult errors,
            CurrentPerson me, Model model, RedirectAttributes redirect) {
        reader.plan(id);
        if (errors.hasErrors()) return priorityForm(model, form, id, null);
        try {
            long priorityId = contents.addPriority(id, form.details(), me);
            redirect.addFlashAttribute("success", "Priority added");
            return "redirect:/plan/" + id + "#priority-" + priorityId;
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return priorityForm(model, form, id, null);
    }

    @GetMapping("/plan/{id}/priorities/{priorityId}/edit")
    String editPriority(@PathVariable long id, @PathVariable long priorityId, Model model) {
        var priority = reader.priority(id, priorityId);
        if (!reader.plan(id).status().editable()) return toRevision(id);
        return priorityForm(model, PriorityForm.of(priority), id, priorityId);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/edit")
    String updatePriority(@PathVariable long id, @PathVariable long priorityId, @Valid @ModelAttribute("form") PriorityForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        reader.priority(id, priorityId);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", INCOMPLETE);
        if (errors.hasErrors()) return priorityForm(model, form, id, priorityId);
        try {
            if (EditConflicts.saved(errors, () -> contents.updatePriority(id, priorityId, version, form.details(), me))) {
                redirect.addFlashAttribute("success", "Priority saved");
                return "redirect:/plan/" + id + "#priority-" + priorityId;
            }
            var latest = reader.priority(id, priorityId);
            return priorityForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id, priorityId);
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return priorityForm(model, form, id, priorityId);
    }

    private String priorityForm(Model model, PriorityForm form, long planId, Long priorityId) {
        model.addAttribute("form", form);
        model.addAttribute("plan", reader.plan(planId));
        model.addAttribute("priority", priorityId == null ? null : reader.priority(planId, priorityId));
        return "plan/priority-form";
    }

    @GetMapping("/plan/{id}/priorities/{priorityId}/remove")
    String confirmRemovePriority(@PathVariable long id, @PathVariable long priorityId, Model model) {
        var priority = reader.priority(id, priorityId);
        if (!reader.plan(id).status().editable()) return toRevision(id);
        return removePage(model, id, priorityWords(priority), "/plan/" + id + "/priorities/" + priorityId + "/remove", null);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/remove")
    String removePriority(@PathVariable long id, @PathVariable long priorityId, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var priority = reader.priority(id, priorityId);
        try {
            contents.removePriority(id, priorityId, me);
        } catch (PlanService.NotAllowed e) {
            return removePage(model, id, priorityWords(priority), "/plan/" + id + "/priorities/" + priorityId + "/remove",
                    e.getMessage());
        }
        redirect.addFlashAttribute("success", "Priority " + priority.number() + " removed");
        return "redirect:/plan/" + id;
    }

    private static String priorityWords(PriorityRecord priority) {
        return "priority " + priority.number() + ": " + priority.title();
    }

    // ---- objectives ---------------------------------------------------------------------------

    @GetMapping("/plan/{id}/priorities/{priorityId}/objectives/new")
    String newObjective(@PathVariable long id, @PathVariable long priorityId, Model model) {
        var priority = reader.priority(id, priorityId);
        if (!reader.plan(id).status().editable()) return toRevision(id);
        return objectiveForm(model, ObjectiveForm.empty(), id, priority, null);
    }

    @PostMapping("/plan/{id}/priorities/{priorityId}/objectives/new")
    String addObjective(@PathVariable long id, @PathVariable long priorityId, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        var priority = reader.priority(id, priorityId);
        if (errors.hasErrors()) return objectiveForm(model, form, id, priority, null);
        try {
            long objectiveId = contents.addObjective(id, priorityId, form.details(), me);
            redirect.addFlashAttribute("success", "Objective added");
            return "redirect:/plan/" + id + "#objective-" + objectiveId;
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return objectiveForm(model, form, id, priority, null);
    }

    @GetMapping("/plan/{id}/objectives/{objectiveId}/edit")
    String editObjective(@PathVariable long id, @PathVariable long objectiveId, Model model) {
        var objective = reader.objective(id, objectiveId);
        if (!reader.plan(id).status().editable()) return toRevision(id);
        return objectiveForm(model, ObjectiveForm.of(objective), id, reader.priority(id, objective.priorityId()), objective);
    }

    @PostMapping("/plan/{id}/objectives/{objectiveId}/edit")
    String updateObjective(@PathVariable long id, @PathVariable long objectiveId, @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        var objective = reader.objective(id, objectiveId);
        var priority = reader.priority(id, objective.priorityId());
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", INCOMPLETE);
        if (errors.hasErrors()) return objectiveForm(model, form, id, priority, objective);
        try {
            if (EditConflicts.saved(errors, () -> contents.updateObjective(id, objectiveId, version, form.details(), me))) {
                redirect.addFlashAttribute("success", "Objective saved");
                return "redirect:/plan/" + id + "#objective-" + objectiveId;
            }
            var latest = reader.objective(id, objectiveId);
            return objectiveForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), id, priority, objective);
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return objectiveForm(model, form, id, priority, objective);
    }

    private String objectiveForm(Model model, ObjectiveForm form, long planId, PriorityRecord priority, ObjectiveRecord objective) {
        model.addAttribute("form", form);
        model.addAttribute("plan", reader.plan(planId));
        model.addAttribute("priority", priority);
        model.addAttribute("objective", objective);
        model.addAttribute("label", objective == null ? null : PlanRules.objectiveLabel(priority.number(), objective.number()));
        return "plan/objective-form";
    }

    @GetMapping("/plan/{id}/objectives/{objectiveId}/remove")
    String confirmRemoveObjective(@PathVariable long id, @PathVariable long objectiveId, Model model) {
        var objective = reader.objective(id, objectiveId);
        var priority = reader.priority(id, objective.priorityId());
        if (!reader.plan(id).status().editable()) return toRevision(id);
        return removePage(model, id, objectiveWords(priority, objective), "/plan/" + id + "/objectives/" + objectiveId + "/remove",
                null);
    }

    @PostMapping("/plan/{id}/objectives/{objectiveId}/remove")
    String removeObjective(@PathVariable long id, @PathVariable long objectiveId, CurrentPerson me, Model model,
            RedirectAttributes redirect) {
        var objective = reader.objective(id, objectiveId);
        var priority = reader.priority(id, objective.priorityId());
        try {
            contents.removeObjective(id, objectiveId, me);
        } catch (PlanService.NotAllowed e) {
            return removePage(model, id, objectiveWords(priority, objective),
                    "/plan/" + id + "/objectives/" + objectiveId + "/remove", e.getMessage());
        }
        redirect.addFlashAttribute("success", "Objective " + PlanRules.objectiveLabel(priority.number(), objective.number()) + " removed");
        return "redirect:/plan/" + id + "#priority-" + priority.id();
    }

    private static String objectiveWords(PriorityRecord priority, ObjectiveRecord objective) {
        return "objective " + PlanRules.objectiveLabel(priority.number(), objective.number()) + ": " + objective.title();
    }

    private String removePage(Model model, long planId, String what, String action, String error) {
        model.addAttribute("plan", reader.plan(planId));
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("errors", error == null ? Map.of() : Map.of("remove", error));
        return "plan/remove";
    }

    /** An approved plan changes only through a revision: asking to change one leads to starting a revision. */
    static String toRevision(long planId) {
        return "redirect:/plan/" + planId + "/revisions/new";
    }
}
