package app.lantern.reviews;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An immediate action the rapid review raises into the action tracker. */
record RapidReviewActionForm(
        @NotBlank(message = "Enter the action")
        @Size(max = RapidReviewActionForm.MAX_TITLE, message = "Action must be " + RapidReviewActionForm.MAX_TITLE + " characters or less")
        String title,
        @Size(max = RapidReviewActionForm.MAX_DESCRIPTION, message = "Details must be " + RapidReviewActionForm.MAX_DESCRIPTION + " characters or less")
        String description,
        String ownerOrganisationId,
        String dueDay, String dueMonth, String dueYear) {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;

    static RapidReviewActionForm empty() {
        return new RapidReviewActionForm("", "", "", "", "", "");
    }

    /** Checks the form; the values are then read with the accessors. */
    Checked check(LocalDate today, Set<Long> known, Errors errors) {
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        Long owner = FormValues.id(ownerOrganisationId);
        if (owner == null || !known.contains(owner)) errors.rejectValue("ownerOrganisationId", "required", "Select the organisation that owns the action");
        LocalDate due = FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors);
        if (due != null && due.isBefore(today)) errors.rejectValue("dueDay", "past", "Due date must be today or in the future");
        if (errors.hasErrors()) return null;
        return new Checked(t, d.isEmpty() ? null : d, owner, due);
    }

    record Checked(String title, String description, long owner, LocalDate due) {
    }
}
