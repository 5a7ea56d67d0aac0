package app.lantern.reviews;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;

import jakarta.validation.constraints.Size;

/** What the business unit types about a rapid review's meeting, decision and the panel. */
record RapidReviewForm(
        String meetingDay, String meetingMonth, String meetingYear,
        @Size(max = RapidReviewForm.MAX_FINDINGS, message = "Findings must be " + RapidReviewForm.MAX_FINDINGS + " characters or less")
        String findings,
        String decision,
        @Size(max = RapidReviewForm.MAX_ROUTE, message = "Learning route must be " + RapidReviewForm.MAX_ROUTE + " characters or less")
        String learningRoute,
        String sentDay, String sentMonth, String sentYear,
        String responseDay, String responseMonth, String responseYear,
        @Size(max = RapidReviewForm.MAX_RESPONSE, message = "The panel’s response must be " + RapidReviewForm.MAX_RESPONSE + " characters or less")
        String panelResponse,
        String version) {

    static final int MAX_FINDINGS = 10000;
    static final int MAX_ROUTE = 2000;
    static final int MAX_RESPONSE = 4000;

    static RapidReviewForm of(RapidReviewOutcome o, long version) {
        String[] m = FormDates.parts(o.meetingDate()), s = FormDates.parts(o.sentToPanel()), r = FormDates.parts(o.panelResponseDate());
        return new RapidReviewForm(m[0], m[1], m[2], nz(o.findings()), o.decision() == null ? "" : o.decision().name(),
                nz(o.learningRoute()), s[0], s[1], s[2], r[0], r[1], r[2], nz(o.panelResponse()), String.valueOf(version));
    }

    RapidReviewForm withVersion(long v) {
        return new RapidReviewForm(meetingDay, meetingMonth, meetingYear, findings, decision, learningRoute, sentDay, sentMonth,
                sentYear, responseDay, responseMonth, responseYear, panelResponse, String.valueOf(v));
    }

    /**
     * The outcome, or null with errors. Dates are not in the future; the meeting and the sending
     * are on or after the day the panel was notified; the panel responds on or after it was sent.
     * Sending to the panel needs a decision; no local review needs the learning route.
     */
    RapidReviewOutcome outcome(LocalDate notified, LocalDate today, Errors errors) {
        LocalDate meeting = FormDates.date(meetingDay, meetingMonth, meetingYear, false, "meeting", "date of the meeting", errors);
        LocalDate sent = FormDates.date(sentDay, sentMonth, sentYear, false, "sent", "date sent to the panel", errors);
        LocalDate response = FormDates.date(responseDay, responseMonth, responseYear, false, "response", "date the panel responded", errors);
        notPast(meeting, notified, today, "meetingDay", "Date of the meeting", errors);
        notPast(sent, notified, today, "sentDay", "Date sent to the panel", errors);
        if (response != null) {
            if (sent == null) errors.rejectValue("responseDay", "order", "Enter the date sent to the panel before the panel’s response");
            else if (response.isBefore(sent)) errors.rejectValue("responseDay", "order", "Date the panel responded must be the same as or after the date sent to the panel");
            else if (response.isAfter(today)) errors.rejectValue("responseDay", "future", "Date the panel responded must be today or in the past");
        }
        String f = strip(findings), route = strip(learningRoute), said = strip(panelResponse);
        RapidReviewDecision d = null;
        if (!strip(decision).isEmpty()) {
            for (var v : RapidReviewDecision.values()) if (v.name().equals(strip(decision))) d = v;
            if (d == null) errors.rejectValue("decision", "invalid", "Select the decision");
        }
        if (d == null && sent != null && !errors.hasFieldErrors("decision")) {
            errors.rejectValue("decision", "required", "Select the decision before recording that the review was sent to the panel");
        }
        if (d == RapidReviewDecision.NO_LOCAL_REVIEW && route.isEmpty()) {
            errors.rejectValue("learningRoute", "required", "Enter how the learning will be spread without a local review");
        }
        if (!said.isEmpty() && response == null && !errors.hasFieldErrors("responseDay")) {
            errors.rejectValue("responseDay", "required", "Enter the date the panel responded");
        }
        if (errors.hasErrors()) return null;
        return new RapidReviewOutcome(meeting, blank(f), d, blank(route), sent, response, blank(said));
    }

    private static void notPast(LocalDate date, LocalDate notified, LocalDate today, String field, String what, Errors errors) {
        if (date == null) return;
        if (notified != null && date.isBefore(notified)) {
            errors.rejectValue(field, "order", what + " must be the same as or after the date the panel was notified");
        } else if (date.isAfter(today)) {
            errors.rejectValue(field, "future", what + " must be today or in the past");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
