package app.lantern.reviews;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the business unit types to record a learning event. All text, so binding never fails. */
record LearningEventForm(
        @NotBlank(message = "Enter the event's title")
        @Size(max = LearningEventForm.MAX_TITLE, message = "Title must be " + LearningEventForm.MAX_TITLE + " characters or less")
        String title,
        String heldOnDay, String heldOnMonth, String heldOnYear,
        String format,
        String briefingId,
        @Size(max = LearningEventForm.MAX_RELATED, message = "Related review or audit must be " + LearningEventForm.MAX_RELATED
                + " characters or less")
        String relatedReview,
        String places, String attended,
        @Size(max = LearningEventForm.MAX_NOTES, message = "Notes must be " + LearningEventForm.MAX_NOTES + " characters or less")
        String notes,
        String version) {

    static final int MAX_TITLE = 200;
    static final int MAX_RELATED = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_NUMBER = 100_000;

    static LearningEventForm blank() {
        return new LearningEventForm("", "", "", "", "", "", "", "", "", "", null);
    }

    static LearningEventForm of(LearningService.EventRecord e) {
        var d = e.details();
        String[] date = FormDates.parts(d.heldOn());
        return new LearningEventForm(d.title(), date[0], date[1], date[2], d.format().name(),
                d.briefingId() == null ? "" : d.briefingId().toString(), nz(d.relatedReview()),
                d.places() == null ? "" : d.places().toString(), d.attended() == null ? "" : d.attended().toString(),
                nz(d.notes()), String.valueOf(e.version()));
    }

    LearningEventForm withVersion(long v) {
        return new LearningEventForm(title, heldOnDay, heldOnMonth, heldOnYear, format, briefingId, relatedReview, places,
                attended, notes, String.valueOf(v));
    }

    /**
     * The event's details, or null after putting a GOV.UK error on each wrong field.
     *
     * @param briefingExists whether a briefing id is one of the published briefings offered
     */
    LearningEventDetails check(java.util.function.LongPredicate briefingExists, Errors errors) {
        String t = oneLine(title);
        var heldOn = FormDates.date(heldOnDay, heldOnMonth, heldOnYear, true, "heldOn", "date of the event", errors);
        LearningEventFormat f = null;
        for (var v : LearningEventFormat.values()) if (v.name().equals(strip(format))) f = v;
        if (f == null) errors.rejectValue("format", "required", "Select the format of the event");
        Long briefing = null;
        String b = strip(briefingId);
        if (!b.isEmpty()) {
            Long chosen = FormValues.wholeNumber(b);
            if (chosen != null && briefingExists.test(chosen)) briefing = chosen;
            else errors.rejectValue("briefingId", "invalid", "Select a published briefing from the list, or none");
        }
        String related = oneLine(relatedReview);
        Integer placesValue = number(places, "places", "Places", 1, errors);
        Integer attendedValue = number(attended, "attended", "Number attended", 0, errors);
        if (placesValue != null && attendedValue != null && attendedValue > placesValue) {
            errors.rejectValue("attended", "more", "Number attended must be no more than the places (" + placesValue + ")");
        }
        String n = notes == null ? "" : notes.strip();
        if (errors.hasErrors()) return null;
        return new LearningEventDetails(t, heldOn, f, briefing, related.isEmpty() ? null : related, placesValue,
                attendedValue, n.isEmpty() ? null : n);
    }

    private static Integer number(String text, String field, String what, int min, Errors errors) {
        String s = strip(text).replace(",", "");
        if (s.isEmpty()) return null;
        if (!s.matches("-?\\d{1,9}")) {
            errors.rejectValue(field, "invalid", what + " must be a whole number, like 85");
            return null;
        }
        int value = Integer.parseInt(s);
        if (value < min) {
            errors.rejectValue(field, "range", what + (min == 0 ? " must be 0 or more" : " must be 1 or more"));
            return null;
        }
        if (value > MAX_NUMBER) {
            errors.rejectValue(field, "range", what + " must be " + String.format("%,d", MAX_NUMBER) + " or fewer");
            return null;
        }
        return value;
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
