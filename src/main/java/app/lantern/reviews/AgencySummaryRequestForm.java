package app.lantern.reviews;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

/** The business unit asks one more agency for its summary, by a due date; also used to change the due date. */
record AgencySummaryRequestForm(String organisationId, String dueDay, String dueMonth, String dueYear, String version) {

    static AgencySummaryRequestForm of(Long organisationId, LocalDate due, Long version) {
        String[] d = FormDates.parts(due);
        return new AgencySummaryRequestForm(organisationId == null ? "" : organisationId.toString(), d[0], d[1], d[2],
                version == null ? "" : version.toString());
    }

    Long organisation(Set<Long> known, Errors errors) {
        Long id = FormValues.id(organisationId);
        if (id == null || !known.contains(id)) {
            errors.rejectValue("organisationId", "required", "Select the organisation to ask");
            return null;
        }
        return id;
    }

    LocalDate due(LocalDate today, Errors errors) {
        LocalDate due = FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors);
        if (due != null && due.isBefore(today)) {
            errors.rejectValue("dueDay", "past", "Due date must be today or in the future");
            return null;
        }
        return due;
    }
}
