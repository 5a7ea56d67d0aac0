package app.lantern.reviews;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;

/** An immediate action the rapid review raises into the action tracker. */
record RapidReviewActionForm(String title, String description, String ownerOrganisationId, String dueDay, String dueMonth, String dueYear) {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;

    static RapidReviewActionForm empty() {
        return new RapidReviewActionForm("", "", "", "", "", "");
    }

    /** Checks the form; the values are then read with the accessors. */
    Checked check(LocalDate today, Set<Long> known, Errors errors) {
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.isEmpty()) errors.rejectValue("title", "required", "Enter the action");
        else if (t.length() > MAX_TITLE) errors.rejectValue("title", "long", "Action must be " + MAX_TITLE + " characters or less");
        if (d.length() > MAX_DESCRIPTION) errors.rejectValue("description", "long", "Details must be " + MAX_DESCRIPTION + " characters or less");
        Long owner = FormDates.id(ownerOrganisationId);
        if (owner == null || !known.contains(owner)) errors.rejectValue("ownerOrganisationId", "required", "Select the organisation that owns the action");
        LocalDate due = FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors);
        if (due != null && due.isBefore(today)) errors.rejectValue("dueDay", "past", "Due date must be today or in the future");
        if (errors.hasErrors()) return null;
        return new Checked(t, d.isEmpty() ? null : d, owner, due);
    }

    record Checked(String title, String description, long owner, LocalDate due) {
    }
}
