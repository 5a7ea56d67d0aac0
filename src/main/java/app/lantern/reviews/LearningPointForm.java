package app.lantern.reviews;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the business unit types to record a learning point. All text, so binding never fails. */
record LearningPointForm(
        @NotBlank(message = "Enter the learning point")
        @Size(max = LearningPointForm.MAX_TEXT, message = "Learning point must be " + LearningPointForm.MAX_TEXT + " characters or less")
        String text,
        String identifiedOnDay, String identifiedOnMonth, String identifiedOnYear,
        String source,
        @NotBlank(message = "Enter the name of the review or audit")
        @Size(max = LearningPointForm.MAX_SOURCE_TITLE, message = "Name of the review or audit must be " + LearningPointForm.MAX_SOURCE_TITLE
                + " characters or less")
        String sourceTitle,
        String theme,
        String version) {

    static final int MAX_TEXT = 1000;
    static final int MAX_SOURCE_TITLE = 200;

    static LearningPointForm blank() {
        return new LearningPointForm("", "", "", "", "", "", "", null);
    }

    static LearningPointForm of(LearningService.PointRecord p) {
        var d = p.details();
        String[] date = FormDates.parts(d.identifiedOn());
        return new LearningPointForm(d.text(), date[0], date[1], date[2], d.source().name(), d.sourceTitle(),
                d.theme().name(), String.valueOf(p.version()));
    }

    LearningPointForm withVersion(long v) {
        return new LearningPointForm(text, identifiedOnDay, identifiedOnMonth, identifiedOnYear, source, sourceTitle, theme,
                String.valueOf(v));
    }

    /** The point's details, or null after putting a GOV.UK error on each wrong field. */
    LearningPointDetails check(Errors errors) {
        String t = text == null ? "" : text.strip();
        var on = FormDates.date(identifiedOnDay, identifiedOnMonth, identifiedOnYear, true, "identifiedOn",
                "date it was identified", errors);
        BriefingSubject s = null;
        for (var v : BriefingSubject.values()) if (v.name().equals(LearningEventForm.strip(source))) s = v;
        if (s == null) errors.rejectValue("source", "required", "Select where the learning came from");
        String st = LearningEventForm.oneLine(sourceTitle);
        LearningTheme th = null;
        for (var v : LearningTheme.values()) if (v.name().equals(LearningEventForm.strip(theme))) th = v;
        if (th == null) errors.rejectValue("theme", "required", "Select the theme");
        if (errors.hasErrors()) return null;
        return new LearningPointDetails(t, on, s, st, th);
    }
}
