package app.lantern.reviews;

import app.lantern.shared.ReportingYear;

/**
 * Everything the yearly report's "learning from reviews" chapter needs for one reporting year:
 * serious incident notifications and rapid reviews with their timeliness, case reviews
 * commissioned and published with their recommendations' progress, and the learning spread
 * (briefings, events and their attendance, learning points). Each part's figures carry the ids of
 * the records they count.
 */
public record ReviewFacts(ReportingYear year, IncidentFacts incidents, CaseReviewFacts caseReviews, LearningFacts learning) {
}
