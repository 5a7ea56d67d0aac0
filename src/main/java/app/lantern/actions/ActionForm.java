package app.lantern.actions;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the business unit types to raise an action in the tracker, or to change its details. */
record ActionForm(
        @NotBlank(message = "Enter what is to be done")
        @Size(max = 300, message = "Action must be 300 characters or less")
        String title,
        @Size(max = 4000, message = "Description must be 4000 characters or less")
        String description,
        String sourceKind,
        @Size(max = 300, message = "Source must be 300 characters or less")
        String sourceTitle,
        String ownerOrganisationId,
        String ownerPersonId,
        String dueDay, String dueMonth, String dueYear,
        String version) {

    static ActionForm empty() {
        return new ActionForm("", "", "", "", "", "", "", "", "", null);
    }

    static ActionForm of(ActionRecord a) {
        String[] due = FormDates.parts(a.due());
        return new ActionForm(a.title(), a.description() == null ? "" : a.description(), a.sourceKind().code(), a.sourceTitle(),
                String.valueOf(a.ownerOrganisationId()), a.ownerPersonId() == null ? "" : a.ownerPersonId().toString(),
                due[0], due[1], due[2], String.valueOf(a.version()));
    }


    /**
     * Checks what Bean Validation cannot. {@code creating} also requires a source and refuses a due
     * date in the past; changing an existing action may keep a due date that has passed.
     */
    Details details(boolean creating, LocalDate today, java.util.List<SourceKind> kinds, Errors errors) {
        SourceKind kind = null;
        if (creating) {
            for (var k : kinds) if (k.code().equals(sourceKind)) kind = k;
            if (kind == null) errors.rejectValue("sourceKind", "required", "Select what raised this action");
            if (sourceTitle == null || sourceTitle.isBlank())
                errors.rejectValue("sourceTitle", "required", "Enter the source, for example the inspection or meeting it came from");
        }
        Long org = FormValues.id(ownerOrganisationId);
        if (org == null) errors.rejectValue("ownerOrganisationId", "required", "Select the organisation that owns this action");
        Long person = FormValues.id(ownerPersonId);
        LocalDate due = FormDates.date(dueDay, dueMonth, dueYear, true, "due", "due date", errors);
        if (due != null && creating && due.isBefore(today)) errors.rejectValue("dueDay", "past", "Due date must be today or in the future");
        if (errors.hasErrors()) return null;
        return new Details(title.strip(), description == null || description.isBlank() ? null : description.strip(), kind,
                creating ? sourceTitle.strip() : null, org, person, due);
    }

    record Details(String title, String description, SourceKind sourceKind, String sourceTitle, long ownerOrganisationId,
            Long ownerPersonId, LocalDate due) {
    }
}
