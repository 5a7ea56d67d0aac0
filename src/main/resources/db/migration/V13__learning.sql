-- reviews (learning): 7-minute briefings (drafts restricted, published ones public), learning
-- events with attendance, and learning points counted per reporting year.

CREATE TABLE briefing (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title             VARCHAR(120) NOT NULL,
    slug              VARCHAR(90) NOT NULL,
    subject_kind      VARCHAR(20) NOT NULL,
    subject_id        BIGINT,
    subject_title     VARCHAR(200) NOT NULL,
    background        VARCHAR(600) NOT NULL,
    why_it_matters    VARCHAR(600) NOT NULL,
    key_information   VARCHAR(600) NOT NULL,
    what_to_remember  VARCHAR(600) NOT NULL,
    what_to_do        VARCHAR(600) NOT NULL,
    questions         VARCHAR(600) NOT NULL,
    status            VARCHAR(10) NOT NULL DEFAULT 'DRAFT',
    published_on      DATE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT briefing_slug_uk UNIQUE (slug),
    CONSTRAINT briefing_slug_form CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT briefing_subject_kind CHECK (subject_kind IN ('CASE_REVIEW', 'RAPID_REVIEW', 'AUDIT', 'OTHER')),
    CONSTRAINT briefing_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT briefing_published CHECK ((status = 'PUBLISHED') = (published_on IS NOT NULL))
);
CREATE INDEX briefing_published_ix ON briefing (published_on DESC) WHERE status = 'PUBLISHED';
COMMENT ON TABLE briefing IS 'A 7-minute briefing: the learning from a review or an audit in six short sections, published to the public briefings library once the business unit chooses to.';
COMMENT ON COLUMN briefing.id IS 'Surrogate key.';
COMMENT ON COLUMN briefing.title IS 'Title shown in the library and on the printable page.';
COMMENT ON COLUMN briefing.slug IS 'The public address /briefings/{slug}: made from the title, unique; follows the title while a draft, fixed once published.';
COMMENT ON COLUMN briefing.subject_kind IS 'What the learning comes from: CASE_REVIEW, RAPID_REVIEW, AUDIT or OTHER.';
COMMENT ON COLUMN briefing.subject_id IS 'The case review or rapid review it is about, when recorded in Lantern (no foreign key: wired at merge).';
COMMENT ON COLUMN briefing.subject_title IS 'The subject as the public may read it, e.g. the review''s anonymised name or the audit''s title.';
COMMENT ON COLUMN briefing.background IS 'Section 1: background. Plain text; line breaks make paragraphs, lines starting with "- " make bullets.';
COMMENT ON COLUMN briefing.why_it_matters IS 'Section 2: why it matters. Plain text as background.';
COMMENT ON COLUMN briefing.key_information IS 'Section 3: key information. Plain text as background.';
COMMENT ON COLUMN briefing.what_to_remember IS 'Section 4: what to remember. Plain text as background.';
COMMENT ON COLUMN briefing.what_to_do IS 'Section 5: what to do. Plain text as background.';
COMMENT ON COLUMN briefing.questions IS 'Section 6: questions to reflect on. Plain text as background.';
COMMENT ON COLUMN briefing.status IS 'DRAFT (seen only by the business unit and partner leads) or PUBLISHED (public).';
COMMENT ON COLUMN briefing.published_on IS 'The day it was published; set exactly when published.';
COMMENT ON COLUMN briefing.created_at IS 'When it was first saved.';
COMMENT ON COLUMN briefing.updated_at IS 'When it was last changed.';
COMMENT ON COLUMN briefing.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE learning_event (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                VARCHAR(200) NOT NULL,
    held_on              DATE NOT NULL,
    format               VARCHAR(30) NOT NULL,
    briefing_id          BIGINT REFERENCES briefing (id),
    related_review       VARCHAR(200),
    places               INT,
    attended             INT,
    notes                VARCHAR(2000),
    version              BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT learning_event_format CHECK (format IN ('PRACTITIONER_EVENT', 'WEBINAR', 'CONFERENCE', 'WORKSHOP')),
    CONSTRAINT learning_event_numbers CHECK ((places IS NULL OR places BETWEEN 1 AND 100000)
        AND (attended IS NULL OR attended BETWEEN 0 AND 100000)
        AND (places IS NULL OR attended IS NULL OR attended <= places))
);
CREATE INDEX learning_event_held_ix ON learning_event (held_on);
CREATE INDEX learning_event_briefing_ix ON learning_event (briefing_id);
COMMENT ON TABLE learning_event IS 'An event that spread learning from reviews and audits to practitioners, and how many attended.';
COMMENT ON COLUMN learning_event.id IS 'Surrogate key.';
COMMENT ON COLUMN learning_event.title IS 'What the event was called.';
COMMENT ON COLUMN learning_event.held_on IS 'The day it was held (the first day, for a longer event).';
COMMENT ON COLUMN learning_event.format IS 'PRACTITIONER_EVENT, WEBINAR, CONFERENCE or WORKSHOP.';
COMMENT ON COLUMN learning_event.briefing_id IS 'The 7-minute briefing it presented, if any.';
COMMENT ON COLUMN learning_event.related_review IS 'The review or audit it drew on, as people know it (free text).';
COMMENT ON COLUMN learning_event.places IS 'Places offered, if limited.';
COMMENT ON COLUMN learning_event.attended IS 'How many attended; empty until recorded; never more than the places.';
COMMENT ON COLUMN learning_event.notes IS 'Anything else worth keeping, e.g. feedback.';
COMMENT ON COLUMN learning_event.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE learning_point (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text          VARCHAR(1000) NOT NULL,
    identified_on DATE NOT NULL,
    source        VARCHAR(20) NOT NULL,
    source_title  VARCHAR(200) NOT NULL,
    theme         VARCHAR(30) NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT learning_point_source CHECK (source IN ('CASE_REVIEW', 'RAPID_REVIEW', 'AUDIT', 'OTHER')),
    CONSTRAINT learning_point_theme CHECK (theme IN ('NEGLECT', 'EXPLOITATION', 'INFORMATION_SHARING', 'VOICE_OF_THE_CHILD',
        'PROFESSIONAL_CURIOSITY', 'ESCALATION', 'OTHER'))
);
CREATE INDEX learning_point_identified_ix ON learning_point (identified_on);
COMMENT ON TABLE learning_point IS 'One piece of learning identified by a review, rapid review or audit, counted per reporting year by theme.';
COMMENT ON COLUMN learning_point.id IS 'Surrogate key.';
COMMENT ON COLUMN learning_point.text IS 'The learning, in a sentence or two.';
COMMENT ON COLUMN learning_point.identified_on IS 'The day it was identified (agreed by the review or audit).';
COMMENT ON COLUMN learning_point.source IS 'Where it came from: CASE_REVIEW, RAPID_REVIEW, AUDIT or OTHER.';
COMMENT ON COLUMN learning_point.source_title IS 'The review or audit it came from, as people know it.';
COMMENT ON COLUMN learning_point.theme IS 'NEGLECT, EXPLOITATION, INFORMATION_SHARING, VOICE_OF_THE_CHILD, PROFESSIONAL_CURIOSITY, ESCALATION or OTHER.';
COMMENT ON COLUMN learning_point.version IS 'Optimistic lock: incremented on every change.';
