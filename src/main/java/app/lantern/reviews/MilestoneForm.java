package app.lantern.reviews;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/** A milestone's due date (the business unit may change it) and the day it was done (empty while open). */
record MilestoneForm(String dueDay, String dueMonth, String dueYear, String doneDay, String doneMonth, String doneYear, String version) {

    static MilestoneForm of(Milestone m) {
        return new MilestoneForm(CaseReviewDates.day(m.due()), CaseReviewDates.month(m.due()), CaseReviewDates.year(m.due()),
                CaseReviewDates.day(m.doneOn()), CaseReviewDates.month(m.doneOn()), CaseReviewDates.year(m.doneOn()),
                String.valueOf(m.version()));
    }

    MilestoneForm withVersion(long v) {
        return new MilestoneForm(dueDay, dueMonth, dueYear, doneDay, doneMonth, doneYear, String.valueOf(v));
    }

    record Checked(LocalDate due, LocalDate doneOn) {
    }

    /** Done may not be in the future nor before the decision; the due date is read only when {@code withDue}. */
    Checked checked(boolean withDue, LocalDate decision, LocalDate today, Errors errors) {
        LocalDate due = withDue ? CaseReviewDates.read(errors, "due", dueDay, dueMonth, dueYear, "Due date", true) : null;
        if (due != null && due.isBefore(decision)) errors.rejectValue("dueDay", "order", "Due date must be on or after the decision date");
        LocalDate done = CaseReviewDates.read(errors, "done", doneDay, doneMonth, doneYear, "Date done", false);
        if (done != null && done.isAfter(today)) errors.rejectValue("doneDay", "future", "Date done must be today or in the past");
        else if (done != null && done.isBefore(decision)) errors.rejectValue("doneDay", "order", "Date done must be on or after the decision date");
        return errors.hasErrors() ? null : new Checked(due, done);
    }
}
