package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** Where a case review is, derived from what has been recorded (never stored). */
enum CaseReviewStatus implements Labelled {
    IN_PROGRESS("In progress", "govuk-tag govuk-tag--blue"),
    PUBLISHED("Published", "govuk-tag govuk-tag--green"),
    CLOSED("Closed", "govuk-tag govuk-tag--grey");

    private final String label;
    private final String cssClass;

    CaseReviewStatus(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    @Override
    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }
}
