package app.lantern.reviews;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A case review's details as typed. The planned publication date is asked for only when the
 * review is changed: a new review's is the decision date plus its type's months.
 */
record CaseReviewForm(
        String typeId,
        @NotBlank(message = "Enter a working name for the review")
        @Size(max = 200, message = "Working name must be 200 characters or less")
        String title,
        String rapidReviewId,
        String decisionDay, String decisionMonth, String decisionYear,
        @Size(max = 10_000, message = "Terms of reference must be 10,000 characters or less")
        String termsOfReference,
        @Size(max = 200, message = "Independent reviewer must be 200 characters or less")
        String reviewerName,
        String publicationDay, String publicationMonth, String publicationYear,
        String version) {

    static CaseReviewForm empty(String rapidReview) {
        Long rapid = FormValues.wholeNumber(rapidReview);
        return new CaseReviewForm("", "", rapid == null ? "" : rapid.toString(), "", "", "", "", "", "", "", "", "");
    }

    static CaseReviewForm of(CaseReview r) {
        String[] d = FormDates.parts(r.decisionDate()), p = FormDates.parts(r.plannedPublication());
        return new CaseReviewForm(String.valueOf(r.typeId()), r.title(), r.rapidReviewId() == null ? "" : r.rapidReviewId().toString(),
                d[0], d[1], d[2], nz(r.termsOfReference()), nz(r.reviewerName()), p[0], p[1], p[2], String.valueOf(r.version()));
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
        LocalDate decision = FormDates.date(decisionDay, decisionMonth, decisionYear, true, "decision", "decision date", errors);
        if (decision != null && decision.isAfter(today))
            errors.rejectValue("decisionDay", "future", "Decision date must be today or in the past");
        String tor = strip(termsOfReference);
        String reviewer = strip(reviewerName);
        LocalDate publication = null;
        if (!creating) {
            publication = FormDates.date(publicationDay, publicationMonth, publicationYear, true, "publication", "planned publication date", errors);
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
