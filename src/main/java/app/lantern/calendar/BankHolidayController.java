package app.lantern.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.identity.People;
import app.lantern.shared.FormDates;
import app.lantern.shared.Rule;
import app.lantern.shared.WorkingDays;
import jakarta.validation.Valid;

/** Administrators keep the bank holidays: the list by year, adding one day, adding a whole year. */
@Controller
@RequestMapping("/admin/bank-holidays")
class BankHolidayController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CalendarAdministration admin;
    private final People people;
    private final Clock clock;

    BankHolidayController(CalendarAdministration admin, People people, Clock clock) {
        this.admin = admin;
        this.people = people;
        this.clock = clock;
    }

    /** One row of the list. */
    record Row(String date, String name, String added) {
    }

    @GetMapping
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String list(@RequestParam(required = false) String year, Model model) {
        var counts = admin.countsByYear();
        int today = LocalDate.now(clock).getYear();
        int shown = parseYear(year);
        if (shown == 0) shown = counts.containsKey(today) || counts.isEmpty() ? today : counts.lastKey();
        var holidays = admin.holidays(shown);
        var names = people.byIds(holidays.stream().map(CalendarStore.StoredHoliday::addedBy)
                .filter(java.util.Objects::nonNull).distinct().toList());
        var zone = clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone();
        model.addAttribute("year", shown);
        model.addAttribute("loaded", counts.containsKey(shown));
        model.addAttribute("counts", counts);
        model.addAttribute("loadedYears", YearRanges.describe(counts.keySet()));
        model.addAttribute("rows", holidays.stream().map(h -> new Row(DAY.format(h.date()), h.name(),
                h.addedAt() == null ? "Shipped with Lantern"
                        : "Added " + WHEN.format(h.addedAt().atZone(zone))
                                + (h.addedBy() != null && names.containsKey(h.addedBy()) ? " by " + names.get(h.addedBy()).fullName() : "")))
                .toList());
        return "calendar/bank-holidays";
    }

    @GetMapping("/new")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String addForm(Model model) {
        model.addAttribute("form", HolidayForm.blank());
        return "calendar/bank-holiday-form";
    }

    @PostMapping("/new")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        LocalDate date = FormDates.date(form.dateDay(), form.dateMonth(), form.dateYear(), true, "date", "date", errors);
        String name = form.name() == null ? "" : form.name().strip();
        if (date != null) {
            var existing = admin.holidayName(date);
            if (WorkingDays.isWeekend(date)) {
                errors.rejectValue("dateDay", "weekend", "The date must be a weekday: when a bank holiday falls at a weekend, add its substitute day");
            } else if (existing.isPresent()) {
                errors.rejectValue("dateDay", "duplicate", "That date is already a bank holiday (" + existing.get() + ")");
            } else if (!admin.countsByYear().containsKey(date.getYear())) {
                errors.rejectValue("dateDay", "notLoaded", "Bank holidays for " + date.getYear()
                        + " are not loaded yet: add the whole year at once");
            }
        }
        if (!errors.hasErrors()) {
            try {
                admin.addHoliday(date, name, person);
                redirect.addFlashAttribute("success", "Bank holiday added: " + DAY.format(date) + ", " + name);
                return "redirect:/admin/bank-holidays?year=" + date.getYear();
            } catch (DuplicateKeyException raced) {
                errors.rejectValue("dateDay", "duplicate", "That date was added as a bank holiday while you were typing");
            }
        }
        return "calendar/bank-holiday-form";
    }

    @GetMapping("/year")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String yearForm(Model model) {
        model.addAttribute("form", new HolidayYearForm(""));
        model.addAttribute("lineProblems", java.util.List.of());
        return "calendar/bank-holiday-year";
    }

    @PostMapping("/year")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String addYear(@Valid @ModelAttribute("form") HolidayYearForm form, BindingResult errors, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        java.util.List<String> lineProblems = java.util.List.of();
        if (!errors.hasFieldErrors("lines")) {
            var counts = admin.countsByYear();
            var result = HolidayLines.read(form.lines(), counts.keySet(), admin.holidayDates());
            if (result.ok()) {
                try {
                    admin.addYear(result.year(), result.holidays(), person);
                    redirect.addFlashAttribute("success", "Added the " + result.holidays().size() + " bank holidays of " + result.year());
                    return "redirect:/admin/bank-holidays?year=" + result.year();
                } catch (DuplicateKeyException raced) {
                    errors.rejectValue("lines", "duplicate", "Someone added bank holidays for " + result.year()
                            + " while you were typing. Nothing you pasted has been added: check the list");
                }
            } else {
                lineProblems = result.problems().stream().map(HolidayLines.Problem::text).toList();
                errors.rejectValue("lines", "invalid", (lineProblems.size() == 1 ? "There is a problem on line " : "There are problems on lines ")
                        + String.join(", ", result.problems().stream().map(p -> String.valueOf(p.line())).distinct().toList())
                        + ". Nothing has been added");
            }
        }
        model.addAttribute("lineProblems", lineProblems);
        return "calendar/bank-holiday-year";
    }

    private static int parseYear(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) return 0;
        return Integer.parseInt(year.strip());
    }
}
