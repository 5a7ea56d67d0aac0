package app.lantern.plan;

import static app.lantern.plan.BudgetPages.lineGone;
import static app.lantern.plan.BudgetPages.yearOf;

import java.util.Arrays;

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
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import jakarta.validation.Valid;

/** A year's lines of other income ({@code /income}) and of expenditure ({@code /expenditure}): adding, changing and removing one. */
@Controller
@PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
class BudgetLineController {

    private final BudgetLines lines;
    private final BudgetStore store;

    BudgetLineController(BudgetLines lines, BudgetStore store) {
        this.lines = lines;
        this.store = store;
    }

    @GetMapping("/budget/{year}/{section}/new")
    String newLine(@PathVariable String year, @PathVariable String section, Model model) {
        var s = sectionOf(section);
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        return lineForm(model, BudgetLineForm.blank(), s, record, null);
    }

    @PostMapping("/budget/{year}/{section}/new")
    String addLine(@PathVariable String year, @PathVariable String section, @Valid @ModelAttribute("form") BudgetLineForm form,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var s = sectionOf(section);
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var checked = form.check(s, errors);
        if (checked == null) return lineForm(model, form, s, record, null);
        try {
            lines.addLine(s, record.year(), checked.heading(), checked.description(), checked.budgetedPence(),
                    checked.actualPence(), person);
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("description", "duplicate", duplicateMessage(s, checked, record.year()));
            return lineForm(model, form, s, record, null);
        }
        redirect.addFlashAttribute("success", capitalised(s.words) + " '" + checked.description() + "' added");
        return "redirect:/budget/" + record.year().slug() + "#" + s.path();
    }

    @GetMapping("/budget/{year}/{section}/{id}/edit")
    String editLine(@PathVariable String year, @PathVariable String section, @PathVariable long id, Model model) {
        var s = sectionOf(section);
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var line = store.line(s, record.year(), id).orElseThrow(RecordNotFoundException::new);
        return lineForm(model, BudgetLineForm.of(line), s, record, line);
    }

    @PostMapping("/budget/{year}/{section}/{id}/edit")
    String updateLine(@PathVariable String year, @PathVariable String section, @PathVariable long id,
            @Valid @ModelAttribute("form") BudgetLineForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var s = sectionOf(section);
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var line = store.line(s, record.year(), id).orElseThrow(RecordNotFoundException::new);
        var checked = form.check(s, errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", BudgetPages.INCOMPLETE);
        if (errors.hasErrors()) return lineForm(model, form, s, record, line);
        try {
            if (!EditConflicts.saved(errors, () -> lines.updateLine(s, record.year(), id, version, checked.heading(),
                    checked.description(), checked.budgetedPence(), checked.actualPence(), person))) {
                var latest = store.line(s, record.year(), id);
                return lineGone(record, latest.isEmpty(), redirect).orElseGet(() -> lineForm(model,
                        FormErrors.keep(model, form.withVersion(latest.get().version()), errors), s, record, latest.get()));
            }
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("description", "duplicate", duplicateMessage(s, checked, record.year()));
            return lineForm(model, form, s, record, line);
        }
        redirect.addFlashAttribute("success", capitalised(s.words) + " '" + checked.description() + "' changed");
        return "redirect:/budget/" + record.year().slug() + "#" + s.path();
    }

    @PostMapping("/budget/{year}/{section}/{id}/remove")
    String removeLine(@PathVariable String year, @PathVariable String section, @PathVariable long id,
            @RequestParam(required = false) String version, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var s = sectionOf(section);
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var line = store.line(s, record.year(), id).orElseThrow(RecordNotFoundException::new);
        Long expected = FormValues.wholeNumber(version);
        var errors = new BeanPropertyBindingResult(BudgetLineForm.of(line), "form");
        // without the version the line was shown at, nobody can say what is being removed: no version matches -1
        if (EditConflicts.saved(errors, () -> lines.removeLine(s, record.year(), id, expected == null ? -1 : expected, person))) {
            redirect.addFlashAttribute("success", capitalised(s.words) + " '" + line.description() + "' removed");
            return "redirect:/budget/" + record.year().slug() + "#" + s.path();
        }
        var latest = store.line(s, record.year(), id);
        return lineGone(record, latest.isEmpty(), redirect).orElseGet(() -> lineForm(model,
                FormErrors.keep(model, BudgetLineForm.of(latest.get()), errors), s, record, latest.get()));
    }

    private String lineForm(Model model, BudgetLineForm form, BudgetSection section, BudgetStore.YearRecord record,
            BudgetSheet.Line line) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("line", line);
        model.addAttribute("section", section.path());
        model.addAttribute("income", section == BudgetSection.INCOME);
        model.addAttribute("headings", section == BudgetSection.INCOME ? Choice.of(BudgetIncomeKind.values())
                : Arrays.stream(BudgetCategory.values()).map(c -> new Choice(c.name(), c.label(), c.hint())).toList());
        return "plan/budget-line-form";
    }

    private static String duplicateMessage(BudgetSection s, BudgetLineForm.Checked checked, ReportingYear year) {
        return "The " + year.label() + " budget already has " + s.words + " called '" + checked.description() + "' under "
                + s.label(checked.heading()) + ": change that line instead";
    }

    private static BudgetSection sectionOf(String path) {
        return BudgetSection.fromPath(path).orElseThrow(RecordNotFoundException::new);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
