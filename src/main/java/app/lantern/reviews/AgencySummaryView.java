package app.lantern.reviews;

import java.time.LocalDate;

/**
 * What an agency lead sees of a request: only what they need to answer it (the child's
 * reference and initials, the incident date, what is asked and when it is due).
 */
record AgencySummaryView(AgencySummaryRequest request, String rapidReviewReference, String childReference, String childInitials,
        LocalDate incidentDate, boolean mayAnswer, boolean mayManage) {
}
