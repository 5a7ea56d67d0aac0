package app.lantern.plan;

import java.util.Set;
import java.util.stream.Collectors;

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
import app.lantern.shared.Choice;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Adding an action to one of a plan's objectives; it is then tracked with every other action in the tracker. */
@Controller
@PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
class PlanActionController {

    private final PlanActions actions;
    private final PlanReader reader;
    private final OrganisationDirectory organisations;
    private final People people;

    PlanActionController(PlanActions actions, PlanReader reader, OrganisationDirectory organisations, People people) {
        this.actions = actions;
        this.reader = reader;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/plan/{id}/objectives/{objectiveId}/actions/new")
    String newAction(@PathVariable long id, @PathVariable long objectiveId, Model model) {
        reader.objective(id, objectiveId);
        if (reader.followed(id)) return "redirect:/plan/" + id + "#objective-" + objectiveId;
        return actionForm(model, ActionForm.empty(), id, objectiveId);
    }

    @PostMapping("/plan/{id}/objectives/{objectiveId}/actions/new")
    String raiseAction(@PathVariable long id, @PathVariable long objectiveId, @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors, CurrentPerson me, Model model, RedirectAttributes redirect) {
        reader.objective(id, objectiveId);
        Set<Long> orgIds = organisations.choices().stream().map(OrganisationDirectory.Option::id).collect(Collectors.toSet());
        Set<Long> personIds = people.active().stream().map(p -> p.id()).collect(Collectors.toSet());
        var details = form.details(reader.today(), orgIds, personIds, errors);
        if (errors.hasErrors()) return actionForm(model, form, id, objectiveId);
        try {
            long actionId = actions.raiseAction(id, objectiveId, details, me);
            redirect.addFlashAttribute("success", "Action " + String.format("A-%04d", actionId) + " added to the tracker");
            return "redirect:/plan/" + id + "#objective-" + objectiveId;
        } catch (PlanService.NotAllowed | IllegalArgumentException e) {
            errors.reject("notAllowed", e.getMessage());
        }
        return actionForm(model, form, id, objectiveId);
    }

    private String actionForm(Model model, ActionForm form, long planId, long objectiveId) {
        var objective = reader.objective(planId, objectiveId);
        var priority = reader.priority(planId, objective.priorityId());
        model.addAttribute("form", form);
        model.addAttribute("plan", reader.plan(planId));
        model.addAttribute("objective", objective);
        model.addAttribute("label", PlanRules.objectiveLabel(priority.number(), objective.number()));
        model.addAttribute("organisationChoices", organisations.choices().stream()
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList());
        model.addAttribute("personChoices", people.active().stream()
                .map(p -> new Choice(String.valueOf(p.id()), p.fullName() + (p.jobTitle() == null ? "" : ", " + p.jobTitle())))
                .toList());
        return "plan/action-form";
    }
}
