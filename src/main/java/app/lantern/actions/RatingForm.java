package app.lantern.actions;

import org.springframework.validation.Errors;

import app.lantern.shared.Rag;
import jakarta.validation.constraints.Size;

/** Overriding the derived RAG rating (red, amber or green), with the reason; "DERIVED" removes the override. */
record RatingForm(String rating,
        @Size(max = 1000, message = "Reason must be 1000 characters or less") String reason,
        String version) {

    static final String DERIVED = "DERIVED";

    static RatingForm of(ActionRecord a) {
        return new RatingForm(a.ragOverride() == null ? DERIVED : a.ragOverride().name(),
                a.ragOverrideReason() == null ? "" : a.ragOverrideReason(), String.valueOf(a.version()));
    }


    /** The override chosen (null for "use the derived rating"), or an error. */
    Choice checked(Errors errors) {
        if (DERIVED.equals(rating)) return new Choice(null, null);
        Rag r = null;
        for (var candidate : new Rag[] { Rag.RED, Rag.AMBER, Rag.GREEN }) if (candidate.name().equals(rating)) r = candidate;
        if (r == null) errors.rejectValue("rating", "required", "Select a rating");
        if (reason == null || reason.isBlank()) errors.rejectValue("reason", "required", "Enter why the rating is being overridden");
        return errors.hasErrors() ? null : new Choice(r, reason.strip());
    }

    record Choice(Rag rag, String reason) {
    }
}
