package app.lantern.calendar;

import java.util.ArrayList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.lantern.shared.Choice;
import app.lantern.shared.Rule;
import app.lantern.shared.TimescaleRule;

/** The deadline calculator: a GET form, so it works without JavaScript and a result can be bookmarked. */
@Controller
class CalculatorController {

    private final WorkingDayCalendar calendar;
    private final DeadlineCalculator calculator;

    CalculatorController(WorkingDayCalendar calendar, DeadlineCalculator calculator) {
        this.calendar = calendar;
        this.calculator = calculator;
    }

    @GetMapping("/working-days")
    @PreAuthorize(Rule.Allowed.SIGNED_IN)
    String calculator(@ModelAttribute("query") CalculatorForm query, Model model) {
        var form = query.isEmpty() ? CalculatorForm.blank() : query;
        var errors = new BeanPropertyBindingResult(form, "form");
        Calculation result = query.isEmpty() ? null : calculator.calculate(form, errors).orElse(null);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("result", result);
        var rules = calendar.rules();
        model.addAttribute("rules", rules);
        var choices = new ArrayList<Choice>();
        for (var r : rules) choices.add(new Choice(r.code(), r.name(), r.describe()));
        choices.add(new Choice(CalculatorForm.BY_DAYS, "A number of working days",
                "Enter the number below, and say which day is day 0 and which way to count"));
        model.addAttribute("ruleChoices", choices);
        model.addAttribute("dayCounts", java.util.Arrays.stream(TimescaleRule.DayCount.values()).map(d -> new Choice(d.name(), d.label(), d.hint())).toList());
        model.addAttribute("directions", Choice.of(TimescaleRule.Direction.values()));
        model.addAttribute("loadedYears", YearRanges.describe(calendar.workingDays().loadedYears()));
        return "calendar/calculator";
    }
}
