package app.lantern.reviews;

import org.springframework.validation.Errors;

import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Naming a person on a review's panel: who, and their role on it. */
record PanelMemberForm(
        String personId,
        @NotBlank(message = "Enter their role on the panel")
        @Size(max = 100, message = "Role on the panel must be 100 characters or less")
        String role) {

    static PanelMemberForm empty() {
        return new PanelMemberForm("", "");
    }

    /** The chosen person's id, or null with errors; {@code active} says whether an id is an active person. */
    Long checked(java.util.function.LongPredicate active, java.util.Set<Long> alreadyOnPanel, Errors errors) {
        Long id = FormValues.wholeNumber(personId);
        if (id == null || !active.test(id)) errors.rejectValue("personId", "required", "Select a person who can use Lantern");
        else if (alreadyOnPanel.contains(id)) errors.rejectValue("personId", "duplicate", "That person is already on the panel");
        return errors.hasErrors() ? null : id;
    }
}
