-- reviews: local child safeguarding practice reviews and the other review types a partnership
-- configures, with their named panel, milestones, findings, recommendations (each an action in the
-- tracker) and publication. Restricted: see docs/adr/0014-case-reviews.md.

CREATE TABLE review_type (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    statutory           BOOLEAN NOT NULL,
    publication_months  INTEGER NOT NULL CHECK (publication_months BETWEEN 1 AND 36),
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT review_type_name_uq UNIQUE (name)
);
COMMENT ON TABLE review_type IS 'Kinds of review the partnership holds: the statutory local child safeguarding practice review and locally configured ones.';
COMMENT ON COLUMN review_type.id IS 'Surrogate key.';
COMMENT ON COLUMN review_type.name IS 'What the review is called, e.g. "Local child safeguarding practice review".';
COMMENT ON COLUMN review_type.statutory IS 'Whether the law requires this kind of review (and its report to the national panel and Secretary of State).';
COMMENT ON COLUMN review_type.publication_months IS 'Publication is planned this many months after the decision to hold the review (6 for a local child safeguarding practice review).';
COMMENT ON COLUMN review_type.version IS 'Optimistic lock: incremented on every change.';

INSERT INTO review_type (name, statutory, publication_months) VALUES
    ('Local child safeguarding practice review', TRUE, 6),
    ('Historic serious case review', TRUE, 6),
    ('Learning review', FALSE, 6),
    ('Critical incident review', FALSE, 4);

CREATE TABLE case_review (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference             VARCHAR(20) NOT NULL,
    type_id               BIGINT NOT NULL REFERENCES review_type (id),
    title                 VARCHAR(200) NOT NULL,
    rapid_review_id       BIGINT REFERENCES rapid_review (id),
    decision_date         DATE NOT NULL,
    terms_of_reference    VARCHAR(10000),
    reviewer_name         VARCHAR(200),
    planned_publication   DATE NOT NULL,
    sent_to_panel_on      DATE,
    published_on          DATE,
    published_name        VARCHAR(200),
    report_link           VARCHAR(2000),
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            BIGINT,
    version               BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT case_review_reference_uq UNIQUE (reference),
    CONSTRAINT case_review_published_after_decision CHECK (published_on IS NULL OR published_on >= decision_date),
    CONSTRAINT case_review_published_named CHECK (published_on IS NULL OR published_name IS NOT NULL)
);
COMMENT ON TABLE case_review IS 'A review of a case (local child safeguarding practice review or another type). Restricted to the business unit, partner leads and its named panel.';
COMMENT ON COLUMN case_review.id IS 'Surrogate key.';
COMMENT ON COLUMN case_review.reference IS 'The reference people quote, CR-<year of decision>-<nn>, e.g. CR-2023-01.';
COMMENT ON COLUMN case_review.type_id IS 'The kind of review.';
COMMENT ON COLUMN case_review.title IS 'Working name (never the child''s real name).';
COMMENT ON COLUMN case_review.rapid_review_id IS 'The rapid review that decided on this review, if any (rapid_review id).';
COMMENT ON COLUMN case_review.decision_date IS 'The day the partnership decided to hold the review.';
COMMENT ON COLUMN case_review.terms_of_reference IS 'The agreed terms of reference.';
COMMENT ON COLUMN case_review.reviewer_name IS 'The independent reviewer.';
COMMENT ON COLUMN case_review.planned_publication IS 'When publication is planned: the decision date plus the type''s months, unless the business unit revised it.';
COMMENT ON COLUMN case_review.sent_to_panel_on IS 'The day the final report went to the national panel and the Secretary of State (due 7 working days before publication).';
COMMENT ON COLUMN case_review.published_on IS 'The day the report was published; empty until then.';
COMMENT ON COLUMN case_review.published_name IS 'The anonymised name the review was published under.';
COMMENT ON COLUMN case_review.report_link IS 'Link (https) to the published report, when it is kept elsewhere.';
COMMENT ON COLUMN case_review.created_at IS 'When the review was recorded.';
COMMENT ON COLUMN case_review.created_by IS 'Who recorded it (app_user id); empty for demo data.';
COMMENT ON COLUMN case_review.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE case_review_panel (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id   BIGINT NOT NULL REFERENCES case_review (id) ON DELETE CASCADE,
    person_id   BIGINT NOT NULL,
    panel_role  VARCHAR(100) NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT case_review_panel_person_uq UNIQUE (review_id, person_id)
);
CREATE INDEX case_review_panel_person_ix ON case_review_panel (person_id);
COMMENT ON TABLE case_review_panel IS 'The people named on a review''s panel: they may see the review, record findings and mark milestones done.';
COMMENT ON COLUMN case_review_panel.id IS 'Surrogate key.';
COMMENT ON COLUMN case_review_panel.review_id IS 'The review.';
COMMENT ON COLUMN case_review_panel.person_id IS 'The panel member (app_user id).';
COMMENT ON COLUMN case_review_panel.panel_role IS 'Their role on the panel, e.g. "Chair" or "Health representative".';
COMMENT ON COLUMN case_review_panel.added_at IS 'When they were named.';

CREATE TABLE case_review_milestone (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id   BIGINT NOT NULL REFERENCES case_review (id) ON DELETE CASCADE,
    code        VARCHAR(30) NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR(200) NOT NULL,
    due         DATE NOT NULL,
    done_on     DATE,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT case_review_milestone_code_uq UNIQUE (review_id, code)
);
CREATE INDEX case_review_milestone_open_ix ON case_review_milestone (review_id) WHERE done_on IS NULL;
COMMENT ON TABLE case_review_milestone IS 'A step of a review with its due date; overdue when not done by then (derived, never stored).';
COMMENT ON COLUMN case_review_milestone.id IS 'Surrogate key.';
COMMENT ON COLUMN case_review_milestone.review_id IS 'The review.';
COMMENT ON COLUMN case_review_milestone.code IS 'Which standard step: TERMS_OF_REFERENCE, AGENCY_REPORTS, PRACTITIONER_EVENT, DRAFT_REPORT, REPORT_TO_PANEL, PUBLICATION.';
COMMENT ON COLUMN case_review_milestone.position IS 'Order on the page.';
COMMENT ON COLUMN case_review_milestone.name IS 'What the step is.';
COMMENT ON COLUMN case_review_milestone.due IS 'When it is due.';
COMMENT ON COLUMN case_review_milestone.done_on IS 'When it was done; empty while open.';
COMMENT ON COLUMN case_review_milestone.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE case_review_finding (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id      BIGINT NOT NULL REFERENCES case_review (id) ON DELETE CASCADE,
    number         INTEGER NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    added_at       TIMESTAMPTZ NOT NULL,
    added_by_name  VARCHAR(200) NOT NULL,
    CONSTRAINT case_review_finding_number_uq UNIQUE (review_id, number)
);
COMMENT ON TABLE case_review_finding IS 'The numbered findings of a review.';
COMMENT ON COLUMN case_review_finding.id IS 'Surrogate key.';
COMMENT ON COLUMN case_review_finding.review_id IS 'The review.';
COMMENT ON COLUMN case_review_finding.number IS 'Finding 1, 2, 3 … within the review.';
COMMENT ON COLUMN case_review_finding.body IS 'What the review found.';
COMMENT ON COLUMN case_review_finding.added_at IS 'When it was recorded.';
COMMENT ON COLUMN case_review_finding.added_by_name IS 'Who recorded it, as they were named then.';

CREATE TABLE case_review_recommendation (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id              BIGINT NOT NULL REFERENCES case_review (id) ON DELETE CASCADE,
    number                 INTEGER NOT NULL,
    body                   VARCHAR(2000) NOT NULL,
    owner_organisation_id  BIGINT NOT NULL,
    due                    DATE NOT NULL,
    made_on                DATE NOT NULL,
    action_id              BIGINT NOT NULL,
    CONSTRAINT case_review_recommendation_number_uq UNIQUE (review_id, number)
);
CREATE INDEX case_review_recommendation_made_ix ON case_review_recommendation (made_on);
COMMENT ON TABLE case_review_recommendation IS 'A review''s recommendations; each is an action in the tracker, where its progress is recorded.';
COMMENT ON COLUMN case_review_recommendation.id IS 'Surrogate key.';
COMMENT ON COLUMN case_review_recommendation.review_id IS 'The review.';
COMMENT ON COLUMN case_review_recommendation.number IS 'Recommendation 1, 2, 3 … within the review.';
COMMENT ON COLUMN case_review_recommendation.body IS 'What the review recommends.';
COMMENT ON COLUMN case_review_recommendation.owner_organisation_id IS 'The organisation that must act on it (organisation id).';
COMMENT ON COLUMN case_review_recommendation.due IS 'When the action is due.';
COMMENT ON COLUMN case_review_recommendation.made_on IS 'The day the recommendation was made (counted in that reporting year).';
COMMENT ON COLUMN case_review_recommendation.action_id IS 'The tracker action raised for it (action_item id).';

CREATE TABLE case_review_report (
    review_id     BIGINT PRIMARY KEY REFERENCES case_review (id) ON DELETE CASCADE,
    file_name     VARCHAR(255) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    content       BYTEA NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    uploaded_by   BIGINT
);
COMMENT ON TABLE case_review_report IS 'The published report of a review as a PDF, kept in the database with the review (restricted like the review).';
COMMENT ON COLUMN case_review_report.review_id IS 'The review.';
COMMENT ON COLUMN case_review_report.file_name IS 'The uploaded file''s name, cleaned.';
COMMENT ON COLUMN case_review_report.size_bytes IS 'Size of the file.';
COMMENT ON COLUMN case_review_report.content IS 'The PDF (checked to be a PDF by its first bytes, at most 10 MB).';
COMMENT ON COLUMN case_review_report.uploaded_at IS 'When it was uploaded.';
COMMENT ON COLUMN case_review_report.uploaded_by IS 'Who uploaded it (app_user id).';
