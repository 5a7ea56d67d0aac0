-- reviews: serious incident notifications to the national panel, rapid reviews and each involved
-- agency's summary of involvement. Restricted material: only the business unit and partner leads see it.

CREATE TABLE incident_notification (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference        VARCHAR(20) NOT NULL UNIQUE,
    child_reference  VARCHAR(40) NOT NULL,
    child_initials   VARCHAR(6) NOT NULL,
    date_of_birth    DATE,
    age_years        INTEGER,
    sex              VARCHAR(20) NOT NULL,
    ethnicity        VARCHAR(40) NOT NULL,
    incident_date    DATE NOT NULL,
    aware_date       DATE NOT NULL,
    harm             VARCHAR(20) NOT NULL,
    abuse            VARCHAR(20) NOT NULL,
    looked_after     BOOLEAN NOT NULL,
    notified_date    DATE,
    summary          VARCHAR(4000),
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       BIGINT,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT incident_age_or_birth CHECK ((date_of_birth IS NULL) <> (age_years IS NULL)),
    CONSTRAINT incident_age_range CHECK (age_years IS NULL OR age_years BETWEEN 0 AND 17),
    CONSTRAINT incident_aware_order CHECK (aware_date >= incident_date),
    CONSTRAINT incident_notified_order CHECK (notified_date IS NULL OR notified_date >= aware_date),
    CONSTRAINT incident_harm CHECK (harm IN ('DIED', 'SERIOUSLY_HARMED', 'NEITHER')),
    CONSTRAINT incident_abuse CHECK (abuse IN ('KNOWN', 'SUSPECTED', 'NEITHER'))
);
CREATE INDEX incident_aware_ix ON incident_notification (aware_date);

COMMENT ON TABLE incident_notification IS 'A serious incident the local authority notifies to the Child Safeguarding Practice Review Panel (child died or seriously harmed, abuse or neglect known or suspected).';
COMMENT ON COLUMN incident_notification.reference IS 'Lantern reference, SIN-<year the LA became aware>-<nnn>.';
COMMENT ON COLUMN incident_notification.child_reference IS 'The child''s pseudonymised reference; never the name.';
COMMENT ON COLUMN incident_notification.child_initials IS 'The child''s initials.';
COMMENT ON COLUMN incident_notification.date_of_birth IS 'Date of birth, when known; otherwise age_years.';
COMMENT ON COLUMN incident_notification.age_years IS 'Age in whole years at the incident, when the date of birth is not recorded.';
COMMENT ON COLUMN incident_notification.sex IS 'FEMALE, MALE or NOT_KNOWN.';
COMMENT ON COLUMN incident_notification.ethnicity IS 'Census-style ethnic group code (IncidentEthnicity), or NOT_KNOWN.';
COMMENT ON COLUMN incident_notification.incident_date IS 'When the child died or was harmed.';
COMMENT ON COLUMN incident_notification.aware_date IS 'When the local authority became aware: day 0 of the panel notification clock.';
COMMENT ON COLUMN incident_notification.harm IS 'DIED, SERIOUSLY_HARMED or NEITHER (then the incident is not notifiable).';
COMMENT ON COLUMN incident_notification.abuse IS 'Abuse or neglect KNOWN, SUSPECTED or NEITHER (then the incident is not notifiable).';
COMMENT ON COLUMN incident_notification.looked_after IS 'Whether the child was looked after (the death or harm also goes to the Secretary of State and Ofsted).';
COMMENT ON COLUMN incident_notification.notified_date IS 'When the notification was sent to the national panel; day 0 of the rapid review clock.';
COMMENT ON COLUMN incident_notification.summary IS 'A short factual account of what happened.';
COMMENT ON COLUMN incident_notification.version IS 'Optimistic lock: bumped by every change.';

CREATE TABLE incident_agency (
    notification_id BIGINT NOT NULL REFERENCES incident_notification (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (notification_id, organisation_id)
);
COMMENT ON TABLE incident_agency IS 'The agencies (organisations) involved with the child, as recorded on the notification.';
COMMENT ON COLUMN incident_agency.notification_id IS 'The notification.';
COMMENT ON COLUMN incident_agency.organisation_id IS 'An involved organisation.';

CREATE TABLE rapid_review (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference           VARCHAR(20) NOT NULL UNIQUE,
    notification_id     BIGINT NOT NULL UNIQUE REFERENCES incident_notification (id),
    meeting_date        DATE,
    findings            VARCHAR(10000),
    decision            VARCHAR(30),
    learning_route      VARCHAR(2000),
    sent_to_panel       DATE,
    panel_response_date DATE,
    panel_response      VARCHAR(4000),
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          BIGINT,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT rapid_review_decision CHECK (decision IS NULL OR decision IN ('LOCAL_REVIEW', 'NO_LOCAL_REVIEW', 'NATIONAL_REVIEW_RECOMMENDED'))
);
COMMENT ON TABLE rapid_review IS 'The rapid review of a notified serious incident: one per notification, due 15 working days after the notification was sent to the panel.';
COMMENT ON COLUMN rapid_review.reference IS 'Lantern reference, RR-<year>-<nn>.';
COMMENT ON COLUMN rapid_review.notification_id IS 'The notification reviewed (one rapid review each).';
COMMENT ON COLUMN rapid_review.meeting_date IS 'When the rapid review meeting was held.';
COMMENT ON COLUMN rapid_review.findings IS 'What the review found.';
COMMENT ON COLUMN rapid_review.decision IS 'LOCAL_REVIEW, NO_LOCAL_REVIEW or NATIONAL_REVIEW_RECOMMENDED.';
COMMENT ON COLUMN rapid_review.learning_route IS 'How the learning is spread when no local review is held (e.g. a 7-minute briefing).';
COMMENT ON COLUMN rapid_review.sent_to_panel IS 'When the rapid review was sent to the national panel; on time if on or before the due date.';
COMMENT ON COLUMN rapid_review.panel_response_date IS 'When the national panel responded.';
COMMENT ON COLUMN rapid_review.panel_response IS 'What the panel said, e.g. agreed or disagreed with the decision.';
COMMENT ON COLUMN rapid_review.version IS 'Optimistic lock: bumped by every change.';

CREATE TABLE agency_summary_request (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rapid_review_id    BIGINT NOT NULL REFERENCES rapid_review (id),
    organisation_id    BIGINT NOT NULL REFERENCES organisation (id),
    requested_on       DATE NOT NULL,
    due_date           DATE NOT NULL,
    status             VARCHAR(20) NOT NULL DEFAULT 'REQUESTED',
    involvement        VARCHAR(10000),
    immediate_learning VARCHAR(10000),
    submitted_by       BIGINT,
    submitted_by_name  VARCHAR(200),
    submitted_at       TIMESTAMPTZ,
    version            BIGINT NOT NULL DEFAULT 0,
    UNIQUE (rapid_review_id, organisation_id),
    CONSTRAINT agency_summary_status CHECK (status IN ('REQUESTED', 'SUBMITTED')),
    CONSTRAINT agency_summary_submitted CHECK (status <> 'SUBMITTED' OR (involvement IS NOT NULL AND submitted_at IS NOT NULL))
);
CREATE INDEX agency_summary_org_ix ON agency_summary_request (organisation_id, status);
COMMENT ON TABLE agency_summary_request IS 'A rapid review''s request to one involved agency for its summary of involvement, completed by that agency''s lead.';
COMMENT ON COLUMN agency_summary_request.rapid_review_id IS 'The rapid review asking.';
COMMENT ON COLUMN agency_summary_request.organisation_id IS 'The agency asked; its agency leads may open and complete this request only.';
COMMENT ON COLUMN agency_summary_request.requested_on IS 'When the request was made.';
COMMENT ON COLUMN agency_summary_request.due_date IS 'When the summary is due (set by the business unit).';
COMMENT ON COLUMN agency_summary_request.status IS 'REQUESTED or SUBMITTED.';
COMMENT ON COLUMN agency_summary_request.involvement IS 'The agency''s summary of its involvement with the child and family.';
COMMENT ON COLUMN agency_summary_request.immediate_learning IS 'Immediate learning and actions the agency has already taken.';
COMMENT ON COLUMN agency_summary_request.submitted_by IS 'Person who submitted it.';
COMMENT ON COLUMN agency_summary_request.submitted_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN agency_summary_request.submitted_at IS 'When it was submitted.';
COMMENT ON COLUMN agency_summary_request.version IS 'Optimistic lock: bumped by every change.';
