package app.lantern.reviews;

import org.springframework.validation.Errors;

import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A review type as typed. */
record ReviewTypeForm(
        @NotBlank(message = "Enter the name of the review type")
        @Size(max = 120, message = "Name must be 120 characters or less")
        String name,
        @NotNull(message = "Select whether the law requires this kind of review")
        @Pattern(regexp = "yes|no", message = "Select whether the law requires this kind of review")
        String statutory,
        @NotBlank(message = "Enter how many months after the decision publication is due")
        @Pattern(regexp = "\\s*|\\s*(0{0,2}[1-9]|0?[12][0-9]|0?3[0-6])\\s*", message = "Months to publication must be a whole number from 1 to 36")
        String publicationMonths,
        String version) {

    static ReviewTypeForm empty() {
        return new ReviewTypeForm("", "", "6", "");
    }

    static ReviewTypeForm of(ReviewType t) {
        return new ReviewTypeForm(t.name(), t.statutory() ? "yes" : "no", String.valueOf(t.publicationMonths()), String.valueOf(t.version()));
    }

    ReviewTypeForm withVersion(long v) {
        return new ReviewTypeForm(name, statutory, publicationMonths, String.valueOf(v));
    }

    record Checked(String name, boolean statutory, int publicationMonths) {
    }

    Checked checked(Errors errors) {
        String n = name == null ? "" : name.strip();
        Long months = FormValues.wholeNumber(publicationMonths);
        return errors.hasErrors() || months == null ? null : new Checked(n, "yes".equals(statutory), months.intValue());
    }
}
