package app.lantern.reviews;

import java.time.LocalDate;

/** A case review as stored (restricted: see {@link ReviewAccess}). */
record CaseReview(long id, String reference, long typeId, String typeName, boolean statutory, String title,
        Long rapidReviewId, LocalDate decisionDate, String termsOfReference, String reviewerName,
        LocalDate plannedPublication, LocalDate sentToPanelOn, LocalDate publishedOn, String publishedName,
        String reportLink, String reportFileName, long version) {

    String path() {
        return "/reviews/cases/" + id;
    }
}
