package app.lantern.notify;

import app.lantern.shared.Labelled;

/** Where an email in the outbox is. */
enum EmailStatus implements Labelled {
    /** Waiting for the sender (a mail server is configured). */
    QUEUED("Queued", "govuk-tag--blue"),
    /** The mail server accepted it. */
    SENT("Sent", "govuk-tag--green"),
    /** The sender gave up after {@link OutboxSender#MAX_ATTEMPTS} tries, or it waited too long. */
    FAILED("Failed", "govuk-tag--red"),
    /** Never to be sent: no mail server was configured when it was written, or it is demo data. */
    KEPT("Not sent", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    EmailStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    @Override
    public String label() {
        return label;
    }

    /** The GOV.UK tag colour that shows it. */
    public String tagClass() {
        return tagClass;
    }
}
