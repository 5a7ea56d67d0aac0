package app.lantern.calendar;

import java.util.Arrays;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.lantern.identity.CurrentPerson;
import app.lantern.shared.Choice;
import app.lantern.shared.EditConflicts;
import app.lantern.shared.FormErrors;
import app.lantern.shared.FormValues;
import app.lantern.shared.RecordNotFoundException;
import app.lantern.shared.Rule;
import app.lantern.shared.TimescaleRule;
import jakarta.validation.Valid;

/** Administrators change a timescale rule's name, number of working days and day 0. */
@Controller
@RequestMapping("/admin/timescales")
class TimescaleController {

    static final int MAX_WORKING_DAYS = 260;

    private final CalendarAdministration admin;

    TimescaleController(CalendarAdministration admin) {
        this.admin = admin;
    }

    @GetMapping
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String list(Model model) {
        model.addAttribute("rules", admin.rules());
        return "calendar/timescales";
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String edit(@PathVariable String code, Model model) {
        var rule = find(code);
        model.addAttribute("form", RuleForm.of(rule));
        return form(model, rule, null);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize(Rule.Allowed.ADMINISTERS)
    String edit(@PathVariable String code, @Valid @ModelAttribute("form") RuleForm form, BindingResult errors, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        var rule = find(code);
        String name = form.name() == null ? "" : form.name().strip();
        Integer days = workingDays(form.workingDays(), errors);
        var dayCount = FormValues.choice(TimescaleRule.DayCount.class, form.dayCount());
        if (dayCount == null) errors.rejectValue("dayCount", "required", "Choose which day counts as day 0");
        Long version = FormValues.wholeNumber(form.version());
        if (version == null || version != rule.version()) {
            errors.reject("conflict", EditConflicts.MESSAGE);
            return conflict(model, form, errors, rule);
        }
        if (errors.hasErrors()) return form(model, rule, null);
        if (!EditConflicts.saved(errors, () -> admin.changeRule(rule.code(), version, name, days, dayCount, person))) {
            return conflict(model, form, errors, find(code));
        }
        redirect.addFlashAttribute("success", "Timescale rule changed: " + name);
        return "redirect:/admin/timescales";
    }

    /** The form again with the person's input, the rule as it is now, and a version that lets the next save through. */
    private String conflict(Model model, RuleForm form, BindingResult errors, TimescaleRule now) {
        FormErrors.keep(model, form.withVersion(now.version()), errors);
        return form(model, now, now);
    }

    private String form(Model model, TimescaleRule rule, TimescaleRule current) {
        model.addAttribute("rule", rule);
        model.addAttribute("current", current);
        model.addAttribute("dayCounts", Arrays.stream(TimescaleRule.DayCount.values()).map(d -> new Choice(d.name(), d.label(), d.hint())).toList());
        return "calendar/timescale-form";
    }

    private TimescaleRule find(String code) {
        if (code == null || !code.matches("[A-Za-z0-9_]{1,40}")) throw new RecordNotFoundException();
        return admin.rule(code).orElseThrow(RecordNotFoundException::new);
    }

    private static Integer workingDays(String value, BindingResult errors) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            errors.rejectValue("workingDays", "required", "Enter the number of working days");
            return null;
        }
        Long n = FormValues.wholeNumber(s);
        if (n == null) {
            errors.rejectValue("workingDays", "invalid", "The number of working days must be a whole number from 1 to " + MAX_WORKING_DAYS);
            return null;
        }
        if (n < 1 || n > MAX_WORKING_DAYS) {
            errors.rejectValue("workingDays", "range", "The number of working days must be from 1 to " + MAX_WORKING_DAYS);
            return null;
        }
        return n.intValue();
    }
}
