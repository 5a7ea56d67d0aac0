package app.lantern.reviews;

import app.lantern.shared.Labelled;

/** Where an agency's summary of involvement stands. */
enum AgencySummaryStatus implements Labelled {
    REQUESTED("Requested", "govuk-tag--yellow"),
    SUBMITTED("Submitted", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    AgencySummaryStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    @Override
    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
