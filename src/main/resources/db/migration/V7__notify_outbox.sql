-- notify: every email Lantern writes, kept in an outbox that administrators can read.

CREATE TABLE outbox_email (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL,
    to_address      VARCHAR(320) NOT NULL,
    to_name         VARCHAR(200),
    subject         VARCHAR(300) NOT NULL,
    body            TEXT NOT NULL,
    status          VARCHAR(10) NOT NULL,
    note            VARCHAR(300),
    once_key        VARCHAR(200),
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMPTZ,
    CONSTRAINT outbox_email_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'KEPT')),
    CONSTRAINT outbox_email_queued CHECK (status <> 'QUEUED' OR next_attempt_at IS NOT NULL),
    CONSTRAINT outbox_email_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE UNIQUE INDEX outbox_email_once_uk ON outbox_email (once_key);
CREATE INDEX outbox_email_created_ix ON outbox_email (created_at DESC, id DESC);
CREATE INDEX outbox_email_queued_ix ON outbox_email (next_attempt_at, id) WHERE status = 'QUEUED';
COMMENT ON TABLE outbox_email IS 'An email Lantern wrote, in the transaction of the change that caused it; the sender delivers queued ones by SMTP.';
COMMENT ON COLUMN outbox_email.id IS 'Surrogate key.';
COMMENT ON COLUMN outbox_email.created_at IS 'When it was written.';
COMMENT ON COLUMN outbox_email.to_address IS 'The recipient''s email address.';
COMMENT ON COLUMN outbox_email.to_name IS 'The recipient''s name, shown in the To header.';
COMMENT ON COLUMN outbox_email.subject IS 'The subject line.';
COMMENT ON COLUMN outbox_email.body IS 'The message, plain text.';
COMMENT ON COLUMN outbox_email.status IS 'QUEUED (waiting for the sender), SENT (handed to the mail server), FAILED (gave up after retries) or KEPT (never to be sent: no mail server configured when written, or demo data).';
COMMENT ON COLUMN outbox_email.note IS 'Why an email was not sent (KEPT or given up), e.g. "No mail server configured".';
COMMENT ON COLUMN outbox_email.once_key IS 'Set for emails that must go only once (the weekly digest per person and day), so two instances cannot both send it.';
COMMENT ON COLUMN outbox_email.attempts IS 'How many times the sender tried to hand it to the mail server.';
COMMENT ON COLUMN outbox_email.next_attempt_at IS 'When a queued email is next due to be tried.';
COMMENT ON COLUMN outbox_email.last_error IS 'The mail server''s answer to the last failed attempt.';
COMMENT ON COLUMN outbox_email.sent_at IS 'When the mail server accepted it.';
