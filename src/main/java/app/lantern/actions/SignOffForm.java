package app.lantern.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The business unit's sign-off of a completed action: the evidence of impact. */
record SignOffForm(
        @NotBlank(message = "Enter the evidence of impact: what has changed for children and families")
        @Size(max = 4000, message = "Evidence of impact must be 4000 characters or less")
        String impact,
        String version) {

    static SignOffForm of(ActionRecord a) {
        return new SignOffForm("", String.valueOf(a.version()));
    }

}
