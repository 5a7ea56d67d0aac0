package app.lantern.reviews;

import org.springframework.validation.Errors;

/** What an agency lead types as the agency's summary of involvement. */
record AgencySummaryForm(String involvement, String immediateLearning, String version) {

    static final int MAX_TEXT = 10000;

    /** The two texts, stripped (learning may be null), or null with errors. */
    String[] texts(Errors errors) {
        String i = involvement == null ? "" : involvement.strip();
        String l = immediateLearning == null ? "" : immediateLearning.strip();
        if (i.isEmpty()) errors.rejectValue("involvement", "required", "Enter the summary of your agency’s involvement");
        else if (i.length() > MAX_TEXT) errors.rejectValue("involvement", "long", "Summary of involvement must be " + MAX_TEXT + " characters or less");
        if (l.length() > MAX_TEXT) errors.rejectValue("immediateLearning", "long", "Immediate learning must be " + MAX_TEXT + " characters or less");
        if (errors.hasErrors()) return null;
        return new String[]{i, l.isEmpty() ? null : l};
    }
}
