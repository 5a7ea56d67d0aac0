package app.lantern.calendar;

import app.lantern.shared.TimescaleRule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A timescale rule's changeable figures, as typed; {@code version} is the one the form was opened at. */
record RuleForm(
        @NotBlank(message = "Enter the rule's name")
        @Size(max = 120, message = "The name must be 120 characters or fewer")
        String name,
        String workingDays,
        String dayCount,
        String version) {

    static RuleForm of(TimescaleRule rule) {
        return new RuleForm(rule.name(), String.valueOf(rule.workingDays()), rule.dayCount().name(), String.valueOf(rule.version()));
    }

    RuleForm withVersion(long newVersion) {
        return new RuleForm(name, workingDays, dayCount, String.valueOf(newVersion));
    }
}
