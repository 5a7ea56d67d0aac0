package app.lantern.plan;

import static app.lantern.plan.BudgetPages.lineGone;
import static app.lantern.plan.BudgetPages.yearOf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** Each partner's contribution to a year's budget: adding, changing and removing one. */
@Controller
@PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
class BudgetContributionController {

    private final BudgetService budgets;
    private final BudgetStore store;
    private final OrganisationDirectory organisations;

    BudgetContributionController(BudgetService budgets, BudgetStore store, OrganisationDirectory organisations) {
        this.budgets = budgets;
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/budget/{year}/contributions/new")
    String newContribution(@PathVariable String year, Model model) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        return contributionForm(model, BudgetContributionForm.blank(), record, null);
    }

    @PostMapping("/budget/{year}/contributions/new")
    String addContribution(@PathVariable String year, @Valid @ModelAttribute("form") BudgetContributionForm form,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var checked = form.check(choosable(null), errors);
        if (checked == null) return contributionForm(model, form, record, null);
        try {
            budgets.addContribution(record.year(), checked.organisationId(), checked.agreedPence(), checked.receivedPence(), person);
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("organisationId", "duplicate", organisationName(checked.organisationId())
                    + " already has a contribution in " + record.year().label() + ": change that one instead");
            return contributionForm(model, form, record, null);
        }
        redirect.addFlashAttribute("success", organisationName(checked.organisationId()) + "'s contribution added");
        return "redirect:/budget/" + record.year().slug() + "#contributions";
    }

    @GetMapping("/budget/{year}/contributions/{id}/edit")
    String editContribution(@PathVariable String year, @PathVariable long id, Model model) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var line = store.contribution(record.year(), id).orElseThrow(RecordNotFoundException::new);
        return contributionForm(model, BudgetContributionForm.of(line), record, line);
    }

    @PostMapping("/budget/{year}/contributions/{id}/edit")
    String updateContribution(@PathVariable String year, @PathVariable long id,
            @Valid @ModelAttribute("form") BudgetContributionForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var line = store.contribution(record.year(), id).orElseThrow(RecordNotFoundException::new);
        var checked = form.check(choosable(line.organisationId()), errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", BudgetPages.INCOMPLETE);
        if (errors.hasErrors()) return contributionForm(model, form, record, line);
        try {
            if (!EditConflicts.saved(errors, () -> budgets.updateContribution(record.year(), id, version, checked.organisationId(),
                    checked.agreedPence(), checked.receivedPence(), person))) {
                var latest = store.contribution(record.year(), id);
                return lineGone(record, latest.isEmpty(), redirect).orElseGet(() -> contributionForm(model,
                        FormErrors.keep(model, form.withVersion(latest.get().version()), errors), record, latest.get()));
            }
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("organisationId", "duplicate", organisationName(checked.organisationId())
                    + " already has a contribution in " + record.year().label() + ": change that one instead");
            return contributionForm(model, form, record, line);
        }
        redirect.addFlashAttribute("success", organisationName(checked.organisationId()) + "'s contribution changed");
        return "redirect:/budget/" + record.year().slug() + "#contributions";
    }

    @PostMapping("/budget/{year}/contributions/{id}/remove")
    String removeContribution(@PathVariable String year, @PathVariable long id, @RequestParam(required = false) String version,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var line = store.contribution(record.year(), id).orElseThrow(RecordNotFoundException::new);
        Long expected = FormValues.wholeNumber(version);
        var errors = new BeanPropertyBindingResult(BudgetContributionForm.of(line), "form");
        // without the version the line was shown at, nobody can say what is being removed: no version matches -1
        if (EditConflicts.saved(errors, () -> budgets.removeContribution(record.year(), id, expected == null ? -1 : expected, person))) {
            redirect.addFlashAttribute("success", line.organisation() + "'s contribution removed");
            return "redirect:/budget/" + record.year().slug() + "#contributions";
        }
        var latest = store.contribution(record.year(), id);
        return lineGone(record, latest.isEmpty(), redirect).orElseGet(() -> contributionForm(model,
                FormErrors.keep(model, BudgetContributionForm.of(latest.get()), errors), record, latest.get()));
    }

    private String contributionForm(Model model, BudgetContributionForm form, BudgetStore.YearRecord record,
            BudgetSheet.Contribution line) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("line", line);
        model.addAttribute("organisations", choosable(line == null ? null : line.organisationId()).entrySet().stream()
                .map(e -> new Choice(String.valueOf(e.getKey()), e.getValue())).toList());
        return "plan/budget-contribution-form";
    }

    /** Active organisations by name, and the line's own organisation even if it has since closed. */
    private Map<Long, String> choosable(Long current) {
        var choices = new LinkedHashMap<Long, String>();
        for (var o : organisations.choices()) choices.put(o.id(), o.name());
        if (current != null && !choices.containsKey(current)) {
            organisations.nameOf(current).ifPresent(name -> choices.put(current, name));
        }
        return choices;
    }

    private String organisationName(long id) {
        return organisations.nameOf(id).orElse("This organisation");
    }
}
