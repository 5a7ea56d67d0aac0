package app.lantern.plan;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.ReportingYear;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The budget pages: the list of years, a year's budget with its tables and charts, and the forms
 * for a year and its lines. Everyone signed in may read; the business unit and administrators
 * change (and {@link BudgetService} checks that again).
 */
@Controller
class BudgetController {

    static final String MANAGE = "hasAnyRole('ADMINISTRATOR','BUSINESS_UNIT')";

    static final String YEAR_CONFLICT = "Someone else changed this budget while you were editing it. Your changes are shown "
            + "below but have not been saved: check them against the budget's page and save again";
    static final String LINE_CONFLICT = "Someone else changed this line while you were editing it. Your changes are shown "
            + "below but have not been saved: check them against the budget's page and save again";
    static final String INCOMPLETE = "The form was incomplete. Open the budget again and make your change";

    private final BudgetService budgets;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    BudgetController(BudgetService budgets, OrganisationDirectory organisations, Clock clock) {
        this.budgets = budgets;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    @GetMapping("/budget")
    @PreAuthorize("isAuthenticated()")
    String list(CurrentPerson person, Model model) {
        model.addAttribute("years", budgets.years());
        model.addAttribute("mayManage", budgets.mayManage(person));
        return "plan/budgets";
    }

    @GetMapping("/budget/{year}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable String year, CurrentPerson person, Model model) {
        var sheet = budgets.sheet(yearOf(year)).orElseThrow(BudgetService::notFound);
        model.addAttribute("sheet", sheet);
        model.addAttribute("expenditureChart", sheet.expenditureChart());
        model.addAttribute("contributionsChart", sheet.contributionsChart());
        model.addAttribute("mayManage", budgets.mayManage(person));
        return "plan/budget";
    }

    @GetMapping("/budget/{year}.csv")
    @PreAuthorize("isAuthenticated()")
    void csv(@PathVariable String year, HttpServletResponse response) throws IOException {
        // read before the first byte is written, so a failure is an error page and not half a file
        var sheet = budgets.sheet(yearOf(year)).orElseThrow(BudgetService::notFound);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("budget-" + sheet.year().slug() + ".csv").build().toString());
        BudgetCsv.write(sheet, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    // ---- years --------------------------------------------------------------------------------

    @GetMapping("/budget/new")
    @PreAuthorize(MANAGE)
    String newYear(Model model) {
        var latest = budgets.years().stream().map(BudgetService.YearSummary::year).findFirst();
        var suggested = latest.map(ReportingYear::next).orElse(ReportingYear.containing(LocalDate.now(clock)));
        return yearForm(model, BudgetYearForm.blank(suggested), null);
    }

    @PostMapping("/budget/new")
    @PreAuthorize(MANAGE)
    String createYear(@ModelAttribute("form") BudgetYearForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var checked = form.check(errors);
        if (checked == null) return yearForm(model, form, null);
        var copyFrom = checked.copyPrevious() ? budgets.latestBefore(checked.year()).orElse(null) : null;
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
    @PreAuthorize(MANAGE)
    String editYear(@PathVariable String year, Model model) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        return yearForm(model, BudgetYearForm.of(record), record);
    }

    @PostMapping("/budget/{year}/edit")
    @PreAuthorize(MANAGE)
    String updateYear(@PathVariable String year, @ModelAttribute("form") BudgetYearForm form, BindingResult errors,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var checked = form.check(errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", INCOMPLETE);
        if (errors.hasErrors()) return yearForm(model, form, record);
        try {
            budgets.updateYear(record.year(), version, checked.year(), checked.status(), checked.balanceExplanation(), person);
        } catch (OptimisticLockingFailureException stale) {
            errors.reject("stale", YEAR_CONFLICT);
            var latest = budgets.year(record.year()).orElse(record);
            return yearForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), latest);
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("year", "duplicate", "There is already a budget for " + checked.year().label());
            return yearForm(model, form, record);
        }
        redirect.addFlashAttribute("success", "Budget for " + checked.year().label() + " changed");
        return "redirect:/budget/" + checked.year().slug();
    }

    private String yearForm(Model model, BudgetYearForm form, BudgetService.YearRecord record) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("statuses", List.of(
                new Choice(BudgetStatus.DRAFT.name(), "No, it is a draft"),
                new Choice(BudgetStatus.AGREED.name(), "Yes, the partners have agreed it")));
        Optional<ReportingYear> previous = Optional.empty();
        if (record == null) {
            try {
                previous = budgets.latestBefore(ReportingYear.parse(form.year()));
            } catch (IllegalArgumentException e) {
                previous = budgets.years().stream().map(BudgetService.YearSummary::year).findFirst();
            }
        }
        model.addAttribute("previousYear", previous.orElse(null));
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/budget-year-form";
    }

    // ---- contributions ------------------------------------------------------------------------

    @GetMapping("/budget/{year}/contributions/new")
    @PreAuthorize(MANAGE)
    String newContribution(@PathVariable String year, Model model) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        return contributionForm(model, BudgetContributionForm.blank(), record, null);
    }

    @PostMapping("/budget/{year}/contributions/new")
    @PreAuthorize(MANAGE)
    String addContribution(@PathVariable String year, @ModelAttribute("form") BudgetContributionForm form,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
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
    @PreAuthorize(MANAGE)
    String editContribution(@PathVariable String year, @PathVariable long id, Model model) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var line = budgets.contribution(record.year(), id).orElseThrow(BudgetService::notFound);
        return contributionForm(model, BudgetContributionForm.of(line), record, line);
    }

    @PostMapping("/budget/{year}/contributions/{id}/edit")
    @PreAuthorize(MANAGE)
    String updateContribution(@PathVariable String year, @PathVariable long id,
            @ModelAttribute("form") BudgetContributionForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var line = budgets.contribution(record.year(), id).orElseThrow(BudgetService::notFound);
        var checked = form.check(choosable(line.organisationId()), errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", INCOMPLETE);
        if (errors.hasErrors()) return contributionForm(model, form, record, line);
        try {
            budgets.updateContribution(record.year(), id, version, checked.organisationId(), checked.agreedPence(),
                    checked.receivedPence(), person);
        } catch (OptimisticLockingFailureException stale) {
            return lineGone(record, budgets.contribution(record.year(), id).isEmpty(), redirect).orElseGet(() -> {
                errors.reject("stale", LINE_CONFLICT);
                var latest = budgets.contribution(record.year(), id).orElseThrow(BudgetService::notFound);
                return contributionForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), record, latest);
            });
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("organisationId", "duplicate", organisationName(checked.organisationId())
                    + " already has a contribution in " + record.year().label() + ": change that one instead");
            return contributionForm(model, form, record, line);
        }
        redirect.addFlashAttribute("success", organisationName(checked.organisationId()) + "'s contribution changed");
        return "redirect:/budget/" + record.year().slug() + "#contributions";
    }

    @PostMapping("/budget/{year}/contributions/{id}/remove")
    @PreAuthorize(MANAGE)
    String removeContribution(@PathVariable String year, @PathVariable long id, @RequestParam(required = false) String version,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var line = budgets.contribution(record.year(), id).orElseThrow(BudgetService::notFound);
        Long expected = FormValues.wholeNumber(version);
        try {
            if (expected == null) throw new OptimisticLockingFailureException("No version");
            budgets.removeContribution(record.year(), id, expected, person);
        } catch (OptimisticLockingFailureException stale) {
            return lineGone(record, budgets.contribution(record.year(), id).isEmpty(), redirect).orElseGet(() -> {
                var latest = budgets.contribution(record.year(), id).orElseThrow(BudgetService::notFound);
                var form = BudgetContributionForm.of(latest);
                var errors = new BeanPropertyBindingResult(form, "form");
                errors.reject("stale", "Someone else changed this line before you removed it, so it has not been removed. "
                        + "Check it below, then remove it again if you still want to");
                FormErrors.keep(model, form, errors);
                return contributionForm(model, form, record, latest);
            });
        }
        redirect.addFlashAttribute("success", line.organisation() + "'s contribution removed");
        return "redirect:/budget/" + record.year().slug() + "#contributions";
    }

    private String contributionForm(Model model, BudgetContributionForm form, BudgetService.YearRecord record,
            BudgetSheet.Contribution line) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("line", line);
        model.addAttribute("organisations", choosable(line == null ? null : line.organisationId()).entrySet().stream()
                .map(e -> new Choice(String.valueOf(e.getKey()), e.getValue())).toList());
        model.addAttribute("hasErrors", FormErrors.has(model));
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

    // ---- other income and expenditure ----------------------------------------------------------

    @GetMapping("/budget/{year}/{section}/new")
    @PreAuthorize(MANAGE)
    String newLine(@PathVariable String year, @PathVariable String section, Model model) {
        var s = sectionOf(section);
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        return lineForm(model, BudgetLineForm.blank(), s, record, null);
    }

    @PostMapping("/budget/{year}/{section}/new")
    @PreAuthorize(MANAGE)
    String addLine(@PathVariable String year, @PathVariable String section, @ModelAttribute("form") BudgetLineForm form,
            BindingResult errors, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var s = sectionOf(section);
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var checked = form.check(s, errors);
        if (checked == null) return lineForm(model, form, s, record, null);
        try {
            budgets.addLine(s, record.year(), checked.heading(), checked.description(), checked.budgetedPence(),
                    checked.actualPence(), person);
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("description", "duplicate", duplicateMessage(s, checked, record.year()));
            return lineForm(model, form, s, record, null);
        }
        redirect.addFlashAttribute("success", capitalised(s.words) + " '" + checked.description() + "' added");
        return "redirect:/budget/" + record.year().slug() + "#" + s.path();
    }

    @GetMapping("/budget/{year}/{section}/{id}/edit")
    @PreAuthorize(MANAGE)
    String editLine(@PathVariable String year, @PathVariable String section, @PathVariable long id, Model model) {
        var s = sectionOf(section);
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var line = budgets.line(s, record.year(), id).orElseThrow(BudgetService::notFound);
        return lineForm(model, BudgetLineForm.of(line), s, record, line);
    }

    @PostMapping("/budget/{year}/{section}/{id}/edit")
    @PreAuthorize(MANAGE)
    String updateLine(@PathVariable String year, @PathVariable String section, @PathVariable long id,
            @ModelAttribute("form") BudgetLineForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        var s = sectionOf(section);
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var line = budgets.line(s, record.year(), id).orElseThrow(BudgetService::notFound);
        var checked = form.check(s, errors);
        Long version = FormValues.wholeNumber(form.version());
        if (version == null) errors.reject("version", INCOMPLETE);
        if (errors.hasErrors()) return lineForm(model, form, s, record, line);
        try {
            budgets.updateLine(s, record.year(), id, version, checked.heading(), checked.description(), checked.budgetedPence(),
                    checked.actualPence(), person);
        } catch (OptimisticLockingFailureException stale) {
            return lineGone(record, budgets.line(s, record.year(), id).isEmpty(), redirect).orElseGet(() -> {
                errors.reject("stale", LINE_CONFLICT);
                var latest = budgets.line(s, record.year(), id).orElseThrow(BudgetService::notFound);
                return lineForm(model, FormErrors.keep(model, form.withVersion(latest.version()), errors), s, record, latest);
            });
        } catch (BudgetService.Duplicate | DataIntegrityViolationException taken) {
            errors.rejectValue("description", "duplicate", duplicateMessage(s, checked, record.year()));
            return lineForm(model, form, s, record, line);
        }
        redirect.addFlashAttribute("success", capitalised(s.words) + " '" + checked.description() + "' changed");
        return "redirect:/budget/" + record.year().slug() + "#" + s.path();
    }

    @PostMapping("/budget/{year}/{section}/{id}/remove")
    @PreAuthorize(MANAGE)
    String removeLine(@PathVariable String year, @PathVariable String section, @PathVariable long id,
            @RequestParam(required = false) String version, CurrentPerson person, Model model, RedirectAttributes redirect) {
        var s = sectionOf(section);
        var record = budgets.year(yearOf(year)).orElseThrow(BudgetService::notFound);
        var line = budgets.line(s, record.year(), id).orElseThrow(BudgetService::notFound);
        Long expected = FormValues.wholeNumber(version);
        try {
            if (expected == null) throw new OptimisticLockingFailureException("No version");
            budgets.removeLine(s, record.year(), id, expected, person);
        } catch (OptimisticLockingFailureException stale) {
            return lineGone(record, budgets.line(s, record.year(), id).isEmpty(), redirect).orElseGet(() -> {
                var latest = budgets.line(s, record.year(), id).orElseThrow(BudgetService::notFound);
                var form = BudgetLineForm.of(latest);
                var errors = new BeanPropertyBindingResult(form, "form");
                errors.reject("stale", "Someone else changed this line before you removed it, so it has not been removed. "
                        + "Check it below, then remove it again if you still want to");
                FormErrors.keep(model, form, errors);
                return lineForm(model, form, s, record, latest);
            });
        }
        redirect.addFlashAttribute("success", capitalised(s.words) + " '" + line.description() + "' removed");
        return "redirect:/budget/" + record.year().slug() + "#" + s.path();
    }

    private String lineForm(Model model, BudgetLineForm form, BudgetService.Section section, BudgetService.YearRecord record,
            BudgetSheet.Line line) {
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("line", line);
        model.addAttribute("section", section.path());
        model.addAttribute("income", section == BudgetService.Section.INCOME);
        model.addAttribute("headings", section == BudgetService.Section.INCOME ? Choice.of(BudgetIncomeKind.values())
                : java.util.Arrays.stream(BudgetCategory.values()).map(c -> new Choice(c.name(), c.label(), c.hint())).toList());
        model.addAttribute("hasErrors", FormErrors.has(model));
        return "plan/budget-line-form";
    }

    private static String duplicateMessage(BudgetService.Section s, BudgetLineForm.Checked checked, ReportingYear year) {
        return "The " + year.label() + " budget already has " + s.words + " called '" + checked.description() + "' under "
                + s.label(checked.heading()) + ": change that line instead";
    }

    // ---- shared -------------------------------------------------------------------------------

    /** After a conflict because the line has gone: back to the year, saying so. */
    private static Optional<String> lineGone(BudgetService.YearRecord record, boolean gone, RedirectAttributes redirect) {
        if (!gone) return Optional.empty();
        redirect.addFlashAttribute("notice", "Someone else removed that line while you were working on it, so your change "
                + "has not been saved. The budget as it is now is shown below");
        return Optional.of("redirect:/budget/" + record.year().slug());
    }

    /** A year from the address, or 404. */
    static ReportingYear yearOf(String slug) {
        try {
            return ReportingYear.parse(slug);
        } catch (IllegalArgumentException e) {
            throw BudgetService.notFound();
        }
    }

    private static BudgetService.Section sectionOf(String path) {
        return BudgetService.Section.fromPath(path).orElseThrow(BudgetService::notFound);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
