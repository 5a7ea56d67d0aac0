-- The yearly report: a draft per reporting year, written in chapters of parts, commented on,
-- signed off by the three lead safeguarding partners and published as frozen versions.

CREATE TABLE report (
    id              BIGSERIAL PRIMARY KEY,
    start_year      INTEGER NOT NULL UNIQUE,
    la_lead_id      BIGINT REFERENCES app_user (id),
    police_lead_id  BIGINT REFERENCES app_user (id),
    icb_lead_id     BIGINT REFERENCES app_user (id),
    revision        INTEGER NOT NULL DEFAULT 1,
    children_text   TEXT NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
COMMENT ON TABLE report IS 'The yearly report of one reporting year (1 April to 31 March, named by start_year).';
COMMENT ON COLUMN report.revision IS 'The draft as it stands: bumped by every change to the draft; a sign-off holds for one revision.';
COMMENT ON COLUMN report.children_text IS 'The summary for children and families, in the report''s formatting language.';

CREATE TABLE report_chapter (
    id         BIGSERIAL PRIMARY KEY,
    report_id  BIGINT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      VARCHAR(150) NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX report_chapter_report ON report_chapter (report_id, position);

CREATE TABLE report_part (
    id          BIGSERIAL PRIMARY KEY,
    chapter_id  BIGINT NOT NULL REFERENCES report_chapter (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    title       VARCHAR(300),
    agencies    VARCHAR(500),
    changed     TEXT,
    heard_where VARCHAR(300),
    consent     BOOLEAN,
    block       VARCHAR(200),
    value       VARCHAR(100),
    source      VARCHAR(300),
    as_of       DATE,
    covers      VARCHAR(300) NOT NULL DEFAULT '',
    standing    BOOLEAN NOT NULL DEFAULT FALSE,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT report_part_kind CHECK (kind IN ('NARRATIVE', 'FIGURES', 'CASE_STUDY', 'VOICE', 'CONTEXT'))
);
CREATE INDEX report_part_chapter ON report_part (chapter_id, position);
COMMENT ON COLUMN report_part.body IS 'NARRATIVE: the text in the formatting language; CASE_STUDY: the story; VOICE: what children or families said.';
COMMENT ON COLUMN report_part.covers IS 'The checklist items (codes, comma-separated) the writer says this part answers.';
COMMENT ON COLUMN report_part.standing IS 'Standing text: copied into next year''s report when it is started.';
COMMENT ON COLUMN report_part.block IS 'FIGURES: the title of the figure block a module offers (e.g. "Budget").';

CREATE TABLE report_comment (
    id           BIGSERIAL PRIMARY KEY,
    chapter_id   BIGINT NOT NULL REFERENCES report_chapter (id) ON DELETE CASCADE,
    author_id    BIGINT NOT NULL REFERENCES app_user (id),
    body         TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    resolved_by  BIGINT REFERENCES app_user (id),
    resolved_at  TIMESTAMPTZ,
    resolution   TEXT
);
CREATE INDEX report_comment_chapter ON report_comment (chapter_id);

CREATE TABLE report_signoff (
    id               BIGSERIAL PRIMARY KEY,
    report_id        BIGINT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    partner          VARCHAR(20) NOT NULL,
    person_id        BIGINT NOT NULL REFERENCES app_user (id),
    revision         INTEGER NOT NULL,
    signed_at        TIMESTAMPTZ NOT NULL,
    withdrawn_at     TIMESTAMPTZ,
    withdrawn_reason VARCHAR(500),
    CONSTRAINT report_signoff_partner CHECK (partner IN ('LOCAL_AUTHORITY', 'POLICE', 'ICB'))
);
CREATE UNIQUE INDEX report_signoff_standing ON report_signoff (report_id, partner) WHERE withdrawn_at IS NULL;

CREATE TABLE report_version (
    id            BIGSERIAL PRIMARY KEY,
    report_id     BIGINT NOT NULL REFERENCES report (id),
    number        INTEGER NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    published_by  BIGINT NOT NULL REFERENCES app_user (id),
    change_note   TEXT,
    signed_by     TEXT NOT NULL,
    children_html TEXT NOT NULL,
    pdf           BYTEA NOT NULL,
    UNIQUE (report_id, number)
);
COMMENT ON TABLE report_version IS 'A published version: frozen HTML and PDF, never changed after publication.';

CREATE TABLE report_version_chapter (
    version_id  BIGINT NOT NULL REFERENCES report_version (id),
    position    INTEGER NOT NULL,
    slug        VARCHAR(160) NOT NULL,
    title       VARCHAR(150) NOT NULL,
    html        TEXT NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE report_sent (
    report_id  BIGINT NOT NULL REFERENCES report (id),
    recipient  VARCHAR(200) NOT NULL,
    sent_on    DATE NOT NULL,
    PRIMARY KEY (report_id, recipient)
);

INSERT INTO timescale_rule (code, name, working_days, day_count, direction, counted_from, source) VALUES
    ('YEARLY_REPORT_SENT', 'Send the published yearly report to the national panel and the bodies it must go to', 5,
     'EVENT_IS_DAY_0', 'AFTER', 'the day the report was published',
     'Working Together to Safeguard Children 2023 (7 days: 5 working days, a week when no bank holiday falls in it)');
