package app.lantern.reviews;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A finding as typed. */
record CaseReviewFindingForm(
        @NotBlank(message = "Enter the finding")
        @Size(max = 4000, message = "Finding must be 4,000 characters or less")
        String body) {

    String checked(Errors errors) {
        String b = body == null ? "" : body.strip();
        return errors.hasErrors() ? null : b;
    }
}
