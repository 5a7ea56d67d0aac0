package app.lantern.plan;

import static app.lantern.plan.BudgetPages.yearOf;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.Rule;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The budget's years: the list of years, a year's budget with its tables and charts (and as a
 * CSV file), and starting or changing a year. Everyone signed in may read; the business unit and
 * administrators change.
 */
@Controller
class BudgetController {

    private final BudgetService budgets;
    private final BudgetStore store;
    private final Access access;
    private final Clock clock;

    BudgetController(BudgetService budgets, BudgetStore store, Access access, Clock clock) {
        this.budgets = budgets;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/budget")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String list(Model model) {
        model.addAttribute("years", store.years());
        model.addAttribute("mayManage", access.allows(Rule.RUNS_PARTNERSHIP));
        return "plan/budgets";
    }

    @GetMapping("/budget/{year}")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String show(@PathVariable String year, Model model) {
        var sheet = store.sheet(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        model.addAttribute("sheet", sheet);
        model.addAttribute("expenditureChart", sheet.expenditureChart());
        model.addAttribute("contributionsChart", sheet.contributionsChart());
        model.addAttribute("mayManage", access.allows(Rule.RUNS_PARTNERSHIP));
        return "plan/budget";
    }

    @GetMapping("/budget/{year}.csv")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    void csv(@PathVariable String year, HttpServletResponse response) throws IOException {
        // read before the first byte is written, so a failure is an error page and not half a file
        var sheet = store.sheet(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("budget-" + sheet.year().slug() + ".csv").build().toString());
        BudgetCsv.write(sheet, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/budget/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String newYear(Model model) {
        var latest = store.years().stream().map(BudgetStore.YearSummary::year).findFirst();
        var suggested = latest.map(ReportingYear::next).orElse(ReportingYear.containing(LocalDate.now(clock)));
        return yearForm(model, BudgetYearForm.blank(suggested), null);
    }

    @PostMapping("/budget/new")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String createYear(@Valid @ModelAttribute("form") BudgetYearForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var checked = form.check(errors);
        if (checked == null) return yearForm(model, form, null);
        var copyFrom = checked.copyPrevious() ? store.latestBefore(checked.year()).orElse(null) : null;
        try {
            budgets.createYear(checked.year(), checked.status(), checked.balanceExplanation(), copyFrom, person);
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("year", "duplicate", "There is already a budget for " + checked.year().label());
            return yearForm(model, form, null);
        }
        redirect.addFlashAttribute("success", "Budget for " + checked.year().label() + " added");
        return "redirect:/budget/" + checked.year().slug();
    }

    @GetMapping("/budget/{year}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String editYear(@PathVariable String year, Model model) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        return yearForm(model, BudgetYearForm.of(record), record);
    }

    @PostMapping("/budget/{year}/edit")
    @PreAuthorize(Rule.Allowed.RUNS_PARTNERSHIP)
    String updateYear(@PathVariable String year, @Valid @ModelAttribute("form") BudgetYearForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var record = store.year(yearOf(year)).orElseThrow(RecordNotFoundException::new);
        var checked = form.check(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", BudgetPages.INCOMPLETE);
        if (errors.hasErrors()) return yearForm(model, form, record);
        try {
            if (!EditConflicts.saved(errors, () -> budgets.updateYear(record.year(), version, checked.year(), checked.status(),
                    checked.balanceExplanation(), person))) {
                var latest = store.year(record.year()).orElse(record);
                return yearForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), latest);
            }
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("year", "duplicate", "There is already a budget for " + checked.year().label());
            return yearForm(model, form, record);
        }
        redirect.addFlashAttribute("success", "Budget for " + checked.year().label() + " changed");
        return "redirect:/budget/" + checked.year().slug();
    }

    private String yearForm(Model model, BudgetYearForm form, BudgetStore.YearRecord record) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("statuses", List.of(
                new Choice(BudgetStatus.DRAFT.name(), "No, it is a draft"),
                new Choice(BudgetStatus.AGREED.name(), "Yes, the partners have agreed it")));
        Optional<ReportingYear> previous = Optional.empty();
        if (record == null) {
            previous = ReportingYear.tryParse(form.year()).map(store::latestBefore)
                    .orElseGet(() -> store.years().stream().map(BudgetStore.YearSummary::year).findFirst());
        }
        model.addAttribute("previousYear", previous.orElse(null));
        return "plan/budget-year-form";
    }
}
