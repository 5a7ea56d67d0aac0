package app.lantern.reviews;

import org.springframework.validation.Errors;

/** A finding as typed. */
record CaseReviewFindingForm(String body) {

    String checked(Errors errors) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty()) errors.rejectValue("body", "required", "Enter the finding");
        else if (b.length() > 4000) errors.rejectValue("body", "size", "Finding must be 4,000 characters or less");
        return errors.hasErrors() ? null : b;
    }
}
