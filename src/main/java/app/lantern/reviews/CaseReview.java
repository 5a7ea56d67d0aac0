package app.lantern.reviews;

import java.time.LocalDate;
import java.util.Optional;

import app.lantern.calendar.WorkingDayCalendar;
import app.lantern.shared.TimescaleRule;

/** A case review as stored (restricted: see {@link CaseReviewAccess}). */
record CaseReview(long id, String reference, long typeId, String typeName, boolean statutory, String title,
        Long rapidReviewId, LocalDate decisionDate, String termsOfReference, String reviewerName,
        LocalDate plannedPublication, LocalDate sentToPanelOn, LocalDate publishedOn, String publishedName,
        String reportLink, String reportFileName, long version) {

    String path() {
        return "/reviews/cases/" + id;
    }

    /** The day of publication: the day it was published, otherwise the day it is planned for. */
    LocalDate publicationDue() {
        return publishedOn != null ? publishedOn : plannedPublication;
    }

    /**
     * The last day the final report may go to the national panel and Secretary of State, by the
     * calendar's rule counted back from publication; empty when the calendar cannot count it (a
     * publication date in a year without bank holidays), so the page shows no deadline rather than failing.
     */
    Optional<LocalDate> reportDue(WorkingDayCalendar calendar) {
        try {
            return Optional.of(CaseReviewRules.reportDue(publicationDue(), calendar.workingDays(),
                    calendar.rule(TimescaleRule.REPORT_BEFORE_PUBLICATION)));
        } catch (IllegalArgumentException yearNotLoaded) {
            return Optional.empty();
        }
    }
}
