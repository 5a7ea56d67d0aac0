package app.lantern.reviews;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds a case review or rapid review by the reference people see on its page (CR-2023-02,
 * RR-2023-01), and the other way round, so a briefing can name the review it is about without
 * anyone typing internal numbers.
 */
@Component
class ReviewReferences implements BriefingForm.SubjectLookup {

    private final CaseReviewStore caseReviews;
    private final RapidReviewStore rapidReviews;

    ReviewReferences(CaseReviewStore caseReviews, RapidReviewStore rapidReviews) {
        this.caseReviews = caseReviews;
        this.rapidReviews = rapidReviews;
    }

    @Override
    public Optional<Long> idOf(BriefingSubject kind, String reference) {
        return switch (kind) {
            case CASE_REVIEW -> caseReviews.idOf(reference);
            case RAPID_REVIEW -> rapidReviews.idOf(reference);
            case AUDIT, OTHER -> Optional.empty();
        };
    }

    Optional<String> referenceOf(BriefingSubject kind, Long id) {
        if (id == null) return Optional.empty();
        return switch (kind) {
            case CASE_REVIEW -> caseReviews.referenceOf(id);
            case RAPID_REVIEW -> rapidReviews.referenceOf(id);
            case AUDIT, OTHER -> Optional.empty();
        };
    }
}
