package app.lantern.reviews;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an agency lead types as the agency's summary of involvement. */
record AgencySummaryForm(
        @NotBlank(message = "Enter the summary of your agency’s involvement")
        @Size(max = AgencySummaryForm.MAX_TEXT, message = "Summary of involvement must be " + AgencySummaryForm.MAX_TEXT + " characters or less")
        String involvement,
        @Size(max = AgencySummaryForm.MAX_TEXT, message = "Immediate learning must be " + AgencySummaryForm.MAX_TEXT + " characters or less")
        String immediateLearning,
        String version) {

    static final int MAX_TEXT = 10000;

    /** The two texts, stripped (learning may be null), or null with errors. */
    String[] texts(Errors errors) {
        String i = involvement == null ? "" : involvement.strip();
        String l = immediateLearning == null ? "" : immediateLearning.strip();
        if (errors.hasErrors()) return null;
        return new String[]{i, l.isEmpty() ? null : l};
    }
}
