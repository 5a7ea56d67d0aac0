package app.lantern.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;
import app.lantern.shared.TimescaleRule;
import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.WorkingDays;

/** Reads the calculator form, putting GOV.UK errors on the fields, and works the deadline out. */
@Component
class DeadlineCalculator {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+");

    private final WorkingDayCalendar calendar;

    DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The calculation, or empty with the problems recorded on {@code errors}. */
    Optional<Calculation> calculate(CalculatorForm form, Errors errors) {
        LocalDate start = FormDates.date(form.startDay(), form.startMonth(), form.startYear(), true, "start", "start date", errors);
        TimescaleRule rule = rule(form, errors);
        if (start == null || rule == null) return Optional.empty();
        var days = calendar.workingDays();
        try {
            LocalDate deadline = days.deadline(rule, start);
            var counted = days.countedDays(rule, start);
            var numbered = new ArrayList<Calculation.CountedDay>();
            for (int i = 0; i < counted.size(); i++) numbered.add(new Calculation.CountedDay(i + 1, counted.get(i)));
            boolean eventIsDay0 = rule.dayCount() == TimescaleRule.DayCount.EVENT_IS_DAY_0;
            var holidays = calendar.bankHolidays(start, deadline).stream()
                    .filter(h -> !(eventIsDay0 && h.date().equals(start))).map(Calculation.SkippedHoliday::new).toList();
            int weekend = 0;
            LocalDate first = start.isBefore(deadline) ? start : deadline;
            LocalDate last = start.isBefore(deadline) ? deadline : start;
            for (var d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (eventIsDay0 && d.equals(start)) continue;
                if (WorkingDays.isWeekend(d)) weekend++;
            }
            return Optional.of(new Calculation(rule, start, deadline, List.copyOf(numbered), holidays, weekend));
        } catch (WorkingDays.YearNotLoadedException e) {
            errors.rejectValue("startDay", "notLoaded", e.getMessage());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("startDay", "tooFar", e.getMessage());
        }
        return Optional.empty();
    }

    private TimescaleRule rule(CalculatorForm form, Errors errors) {
        String code = form.rule() == null ? "" : form.rule().strip();
        boolean hasDays = form.days() != null && !form.days().isBlank();
        if (code.isEmpty() && hasDays) code = CalculatorForm.BY_DAYS;
        if (code.isEmpty()) {
            errors.rejectValue("rule", "required", "Choose a timescale rule, or a number of working days");
            return null;
        }
        if (!code.equals(CalculatorForm.BY_DAYS)) {
            var found = code.length() <= 40 ? calendar.findRule(code) : Optional.<TimescaleRule>empty();
            if (found.isEmpty()) errors.rejectValue("rule", "invalid", "Choose a timescale rule from the list");
            return found.orElse(null);
        }
        Integer n = days(form.days(), errors);
        var dayCount = FormValues.choice(TimescaleRule.DayCount.class, form.dayCount());
        if (dayCount == null) errors.rejectValue("dayCount", "required", "Choose which day counts as day 0");
        var direction = FormValues.choice(TimescaleRule.Direction.class, form.direction());
        if (direction == null) errors.rejectValue("direction", "required", "Choose whether to count after or before the start date");
        if (n == null || dayCount == null || direction == null) return null;
        return new TimescaleRule(CalculatorForm.BY_DAYS, n + " working days", n, dayCount, direction, "the start date", null, 0);
    }

    static Integer days(String value, Errors errors) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            errors.rejectValue("days", "required", "Enter the number of working days");
            return null;
        }
        if (!NUMBER.matcher(s).matches()) {
            errors.rejectValue("days", "invalid", "The number of working days must be a whole number, like 5");
            return null;
        }
        if (s.startsWith("-") && !s.matches("-0+")) {
            errors.rejectValue("days", "negative", "The number of working days cannot be negative: choose Before to count back");
            return null;
        }
        String digits = s.replaceFirst("^[-+]", "").replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 9 || Integer.parseInt(digits) > WorkingDays.MAX_DAYS) {
            errors.rejectValue("days", "tooMany", "The number of working days must be " + WorkingDays.MAX_DAYS + " or fewer");
            return null;
        }
        return Integer.parseInt(digits);
    }
}
