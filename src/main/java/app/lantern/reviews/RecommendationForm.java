package app.lantern.reviews;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A recommendation as typed: what, which organisation must act, and by when. */
record RecommendationForm(
        @NotBlank(message = "Enter the recommendation")
        @Size(max = 2000, message = "Recommendation must be 2,000 characters or less")
        String body,
        String ownerOrganisationId,
        String dueDay, String dueMonth, String dueYear) {

    static RecommendationForm empty() {
        return new RecommendationForm("", "", "", "", "");
    }

    record Checked(String body, long ownerOrganisationId, LocalDate due) {
    }

    /** The due date must be today or later: the tracker acts on it from now. */
    Checked checked(java.util.function.LongPredicate organisationExists, LocalDate today, Errors errors) {
        String b = body == null ? "" : body.strip();
        Long org = FormValues.wholeNumber(ownerOrganisationId);
        if (org == null || !organisationExists.test(org))
            errors.rejectValue("ownerOrganisationId", "required", "Select the organisation that must act on it");
        LocalDate due = FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors);
        if (due != null && due.isBefore(today)) errors.rejectValue("dueDay", "past", "Due date must be today or in the future");
        return errors.hasErrors() ? null : new Checked(b, org, due);
    }
}
