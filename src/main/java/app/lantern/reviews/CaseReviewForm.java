package app.lantern.reviews;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormValues;

/**
 * A case review's details as typed. The planned publication date is asked for only when the
 * review is changed: a new review's is the decision date plus its type's months.
 */
record CaseReviewForm(String typeId, String title, String rapidReviewId, String decisionDay, String decisionMonth,
        String decisionYear, String termsOfReference, String reviewerName, String publicationDay, String publicationMonth,
        String publicationYear, String version) {

    static CaseReviewForm empty(String rapidReview) {
        Long rapid = FormValues.wholeNumber(rapidReview);
        return new CaseReviewForm("", "", rapid == null ? "" : rapid.toString(), "", "", "", "", "", "", "", "", "");
    }

    static CaseReviewForm of(CaseReview r) {
        var d = r.decisionDate();
        var p = r.plannedPublication();
        return new CaseReviewForm(String.valueOf(r.typeId()), r.title(), r.rapidReviewId() == null ? "" : r.rapidReviewId().toString(),
                CaseReviewDates.day(d), CaseReviewDates.month(d), CaseReviewDates.year(d), nz(r.termsOfReference()), nz(r.reviewerName()),
                CaseReviewDates.day(p), CaseReviewDates.month(p), CaseReviewDates.year(p), String.valueOf(r.version()));
    }

    CaseReviewForm withVersion(long v) {
        return new CaseReviewForm(typeId, title, rapidReviewId, decisionDay, decisionMonth, decisionYear, termsOfReference,
                reviewerName, publicationDay, publicationMonth, publicationYear, String.valueOf(v));
    }

    /**
     * The checked details, or null with errors on the fields. The decision must be today or in the
     * past (it records a decision already made); a planned publication (when changing) after it.
     */
    CaseReviewService.Details details(boolean creating, LocalDate today, java.util.function.LongPredicate typeExists, Errors errors) {
        Long type = FormValues.wholeNumber(typeId);
        if (type == null || !typeExists.test(type)) errors.rejectValue("typeId", "required", "Select the type of review");
        String t = strip(title);
        if (t.isEmpty()) errors.rejectValue("title", "required", "Enter a working name for the review");
        else if (t.length() > 200) errors.rejectValue("title", "size", "Working name must be 200 characters or less");
        LocalDate decision = CaseReviewDates.read(errors, "decision", decisionDay, decisionMonth, decisionYear, "Decision date", true);
        if (decision != null && decision.isAfter(today))
            errors.rejectValue("decisionDay", "future", "Decision date must be today or in the past");
        String tor = strip(termsOfReference);
        if (tor.length() > 10_000) errors.rejectValue("termsOfReference", "size", "Terms of reference must be 10,000 characters or less");
        String reviewer = strip(reviewerName);
        if (reviewer.length() > 200) errors.rejectValue("reviewerName", "size", "Independent reviewer must be 200 characters or less");
        LocalDate publication = null;
        if (!creating) {
            publication = CaseReviewDates.read(errors, "publication", publicationDay, publicationMonth, publicationYear,
                    "Planned publication date", true);
            if (publication != null && decision != null && !publication.isAfter(decision))
                errors.rejectValue("publicationDay", "order", "Planned publication date must be after the decision date");
        }
        if (errors.hasErrors()) return null;
        return new CaseReviewService.Details(type, t, FormValues.wholeNumber(rapidReviewId), decision, tor.isEmpty() ? null : tor,
                reviewer.isEmpty() ? null : reviewer, publication);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
