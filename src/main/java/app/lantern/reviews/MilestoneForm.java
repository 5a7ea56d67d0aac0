package app.lantern.reviews;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;

/** A milestone's due date (the business unit may change it) and the day it was done (empty while open). */
record MilestoneForm(String dueDay, String dueMonth, String dueYear, String doneDay, String doneMonth, String doneYear, String version) {

    static MilestoneForm of(Milestone m) {
        String[] due = FormDates.parts(m.due()), done = FormDates.parts(m.doneOn());
        return new MilestoneForm(due[0], due[1], due[2], done[0], done[1], done[2], String.valueOf(m.version()));
    }

    MilestoneForm withVersion(long v) {
        return new MilestoneForm(dueDay, dueMonth, dueYear, doneDay, doneMonth, doneYear, String.valueOf(v));
    }

    record Checked(LocalDate due, LocalDate doneOn) {
    }

    /** Done may not be in the future nor before the decision; the due date is read only when {@code withDue}. */
    Checked checked(boolean withDue, LocalDate decision, LocalDate today, Errors errors) {
        LocalDate due = withDue ? FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors) : null;
        if (due != null && due.isBefore(decision)) errors.rejectValue("dueDay", "order", "Due date must be on or after the decision date");
        LocalDate done = FormDates.date(doneDay, doneMonth, doneYear, false, "done", "date done", errors);
        if (done != null && done.isAfter(today)) errors.rejectValue("doneDay", "future", "Date done must be today or in the past");
        else if (done != null && done.isBefore(decision)) errors.rejectValue("doneDay", "order", "Date done must be on or after the decision date");
        return errors.hasErrors() ? null : new Checked(due, done);
    }
}
