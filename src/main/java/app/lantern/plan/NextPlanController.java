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

import app.lantern.identity.CurrentPerson;
import app.lantern.plan.PlanForms.NextPlanForm;
import app.lantern.plan.PlanRecords.PlanRecord;
import app.lantern.shared.Choice;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Starting the plan that follows an approved one, with its unfinished actions carried forward. */
@Controller
@PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
class NextPlanController {

    private final NextPlan nextPlan;
    private final PlanReader reader;

    NextPlanController(NextPlan nextPlan, PlanReader reader) {
        this.nextPlan = nextPlan;
        this.reader = reader;
    }

    @GetMapping("/plan/{id}/next")
    String nextForm(@PathVariable long id, Model model) {
        var plan = reader.plan(id);
        return nextPage(model, plan, new NextPlanForm(NextPlan.defaultTitle(plan.years().following(1)), "1"));
    }

    @PostMapping("/plan/{id}/next")
    String startNext(@PathVariable long id, @Valid @ModelAttribute("form") NextPlanForm form, BindingResult errors, CurrentPerson me,
            Model model, RedirectAttributes redirect) {
        var plan = reader.plan(id);
        int years = form.count(errors);
        if (errors.hasErrors()) return nextPage(model, plan, form);
        try {
            var started = nextPlan.startNext(id, form.title(), years, me);
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

    private String nextPage(Model model, PlanRecord plan, NextPlanForm form) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("yearChoices", List.of(1, 2, 3).stream()
                .map(n -> new Choice(String.valueOf(n), n + (n == 1 ? " year: " : " years: ") + plan.years().following(n).label(),
                        plan.years().following(n).span()))
                .toList());
        model.addAttribute("page", reader.planPage(plan.id()));
        return "plan/next-plan";
    }
}
