package app.lantern.partnership;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;

/** What the business unit types to add a member to a committee. */
record MemberForm(
        @NotBlank(message = "Select the person")
        String personId,
        String organisationId,
        @NotBlank(message = "Select their role on the committee")
        String role,
        String startDay, String startMonth, String startYear,
        String endDay, String endMonth, String endYear) {

    static MemberForm startingOn(LocalDate date) {
        String[] s = FormDates.parts(date);
        return new MemberForm("", "", MemberRole.MEMBER.name(), s[0], s[1], s[2], "", "", "");
    }

    MembershipDetails details(Errors errors) {
        MemberRole r = null;
        for (MemberRole candidate : MemberRole.values()) if (candidate.name().equals(role)) r = candidate;
        if (r == null && role != null && !role.isBlank()) errors.rejectValue("role", "unknown", "Select their role on the committee");
        Long person = FormValues.id(personId);
        LocalDate start = FormDates.date(startDay, startMonth, startYear, true, "start", "start date", errors);
        LocalDate end = FormDates.date(endDay, endMonth, endYear, false, "end", "end date", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endDay", "order", "End date must be the same as or after the start date");
        }
        if (errors.hasErrors()) return null;
        return new MembershipDetails(person, FormValues.id(organisationId), r, start, end);
    }
}
