package app.lantern.reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.shared.ReportingYear;

/** The module's one read-only query for the yearly report. */
@Service
public class ReviewFactsService {

    private final IncidentService incidents;
    private final CaseReviewService caseReviews;
    private final LearningService learning;

    ReviewFactsService(IncidentService incidents, CaseReviewService caseReviews, LearningService learning) {
        this.incidents = incidents;
        this.caseReviews = caseReviews;
        this.learning = learning;
    }

    @Transactional(readOnly = true)
    public ReviewFacts factsFor(ReportingYear year) {
        return new ReviewFacts(year, incidents.incidentFacts(year), caseReviews.caseReviewFacts(year), learning.learningFacts(year));
    }
}
