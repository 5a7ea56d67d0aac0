-- actions: the one tracker for every recommendation and action, whatever raised it.

CREATE TABLE action_item (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                 VARCHAR(300) NOT NULL,
    description           VARCHAR(4000),
    source_kind           VARCHAR(30) NOT NULL,
    source_id             VARCHAR(100) NOT NULL,
    source_title          VARCHAR(300) NOT NULL,
    source_path           VARCHAR(300),
    owner_organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    owner_person_id       BIGINT,
    due_date              DATE NOT NULL,
    status                VARCHAR(20) NOT NULL DEFAULT 'NOT_STARTED',
    closed_reason         VARCHAR(1000),
    finished_on           DATE,
    rag_override          VARCHAR(10),
    rag_override_reason   VARCHAR(1000),
    signed_off_at         TIMESTAMPTZ,
    signed_off_by         BIGINT,
    impact                VARCHAR(4000),
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            BIGINT,
    version               BIGINT NOT NULL DEFAULT 0,
    search                TSVECTOR GENERATED ALWAYS AS
                          (to_tsvector('simple', regexp_replace(title || ' ' || source_title, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    CONSTRAINT action_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED')),
    CONSTRAINT action_closed_reason CHECK (status <> 'CLOSED' OR closed_reason IS NOT NULL),
    CONSTRAINT action_finished CHECK ((status IN ('COMPLETED', 'CLOSED')) = (finished_on IS NOT NULL)),
    CONSTRAINT action_override_reason CHECK (rag_override IS NULL OR rag_override_reason IS NOT NULL),
    CONSTRAINT action_signed_off CHECK (signed_off_at IS NULL OR (status = 'COMPLETED' AND impact IS NOT NULL))
);
CREATE INDEX action_list_order_ix ON action_item ((status IN ('COMPLETED', 'CLOSED')), due_date, id);
-- open actions by due date, covering the overdue count and the RAG and due-soon filters
CREATE INDEX action_open_due_ix ON action_item (due_date, id) INCLUDE (status, rag_override, owner_organisation_id)
    WHERE status IN ('NOT_STARTED', 'IN_PROGRESS');
-- filters by owner or source, with or without a status, counted and paged in due-date order
CREATE INDEX action_owner_status_ix ON action_item (owner_organisation_id, status, due_date, id);
CREATE INDEX action_kind_status_ix ON action_item (source_kind, status, due_date, id);
CREATE INDEX action_owner_order_ix ON action_item (owner_organisation_id, (status IN ('COMPLETED', 'CLOSED')), due_date, id);
CREATE INDEX action_owner_person_ix ON action_item (owner_person_id) WHERE owner_person_id IS NOT NULL;
CREATE INDEX action_source_ix ON action_item (source_kind, source_id);
CREATE INDEX action_search_ix ON action_item USING gin (search);
COMMENT ON TABLE action_item IS 'An action or recommendation in the partnership''s one tracker, whatever raised it.';
COMMENT ON COLUMN action_item.id IS 'Surrogate key.';
COMMENT ON COLUMN action_item.title IS 'What is to be done, in a line.';
COMMENT ON COLUMN action_item.description IS 'More detail: what done looks like.';
COMMENT ON COLUMN action_item.source_kind IS 'What raised it: BUSINESS_PLAN, CASE_REVIEW, RAPID_REVIEW, SECTION_11, MULTI_AGENCY_AUDIT, INSPECTION, SCRUTINY or MEETING_DECISION.';
COMMENT ON COLUMN action_item.source_id IS 'The id of the source record in the module that raised it (text: each module has its own ids).';
COMMENT ON COLUMN action_item.source_title IS 'The source as people know it, e.g. "Priority 2: Learning from reviews".';
COMMENT ON COLUMN action_item.source_path IS 'Path of the source''s page in Lantern; the action links back to it.';
COMMENT ON COLUMN action_item.owner_organisation_id IS 'The organisation responsible; its agency lead may update the action.';
COMMENT ON COLUMN action_item.owner_person_id IS 'The person responsible, if named (identity''s app_user id).';
COMMENT ON COLUMN action_item.due_date IS 'When it is due. Overdue is derived from this and the status, never stored.';
COMMENT ON COLUMN action_item.status IS 'NOT_STARTED, IN_PROGRESS, COMPLETED or CLOSED (closed without completion).';
COMMENT ON COLUMN action_item.closed_reason IS 'Why it was closed without completion (required when CLOSED).';
COMMENT ON COLUMN action_item.finished_on IS 'The day it was marked completed or closed; empty while open.';
COMMENT ON COLUMN action_item.rag_override IS 'RED, AMBER or GREEN set by hand while open, replacing the derived rating; needs a reason.';
COMMENT ON COLUMN action_item.rag_override_reason IS 'Why the rating was overridden.';
COMMENT ON COLUMN action_item.signed_off_at IS 'When the business unit signed the completed action off.';
COMMENT ON COLUMN action_item.signed_off_by IS 'Who signed it off (app_user id).';
COMMENT ON COLUMN action_item.impact IS 'The evidence of impact recorded at sign-off: what changed for children.';
COMMENT ON COLUMN action_item.created_at IS 'When the action was raised.';
COMMENT ON COLUMN action_item.created_by IS 'Who raised it (app_user id); empty when raised by demo data or a system process.';
COMMENT ON COLUMN action_item.version IS 'Optimistic lock: incremented on every change.';
COMMENT ON COLUMN action_item.search IS 'The words (letters and digits; everything else separates them) of the title and source, for the list''s search. Derived, never written.';

CREATE TABLE action_update (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   BIGINT NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    written_at  TIMESTAMPTZ NOT NULL,
    author_id   BIGINT,
    author_name VARCHAR(200) NOT NULL,
    body        VARCHAR(4000) NOT NULL
);
CREATE INDEX action_update_action_ix ON action_update (action_id, written_at);
COMMENT ON TABLE action_update IS 'A dated progress update on an action.';
COMMENT ON COLUMN action_update.id IS 'Surrogate key.';
COMMENT ON COLUMN action_update.action_id IS 'The action.';
COMMENT ON COLUMN action_update.written_at IS 'When it was written.';
COMMENT ON COLUMN action_update.author_id IS 'Who wrote it (app_user id).';
COMMENT ON COLUMN action_update.author_name IS 'Their name as it was then.';
COMMENT ON COLUMN action_update.body IS 'The update.';

CREATE TABLE action_evidence (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id    BIGINT NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    added_at     TIMESTAMPTZ NOT NULL,
    added_by     BIGINT,
    added_by_name VARCHAR(200) NOT NULL,
    description  VARCHAR(500) NOT NULL,
    link         VARCHAR(2000),
    file_name    VARCHAR(255),
    content_type VARCHAR(100),
    size_bytes   BIGINT,
    content      BYTEA,
    CONSTRAINT action_evidence_link_or_file CHECK ((link IS NULL) <> (content IS NULL))
);
CREATE INDEX action_evidence_action_ix ON action_evidence (action_id);
COMMENT ON TABLE action_evidence IS 'Evidence that an action was done: an uploaded file (kept here, with the record) or a link.';
COMMENT ON COLUMN action_evidence.id IS 'Surrogate key.';
COMMENT ON COLUMN action_evidence.action_id IS 'The action.';
COMMENT ON COLUMN action_evidence.added_at IS 'When it was added.';
COMMENT ON COLUMN action_evidence.added_by IS 'Who added it (app_user id).';
COMMENT ON COLUMN action_evidence.added_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN action_evidence.description IS 'What the evidence shows.';
COMMENT ON COLUMN action_evidence.link IS 'A link (https) to evidence kept elsewhere; or empty when a file.';
COMMENT ON COLUMN action_evidence.file_name IS 'The uploaded file''s name, cleaned.';
COMMENT ON COLUMN action_evidence.content_type IS 'The type Lantern detected from the file''s content (not its extension).';
COMMENT ON COLUMN action_evidence.size_bytes IS 'Size of the file.';
COMMENT ON COLUMN action_evidence.content IS 'The file itself.';

CREATE TABLE action_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   BIGINT NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(200) NOT NULL,
    what        VARCHAR(300) NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX action_event_action_ix ON action_event (action_id, occurred_at);
COMMENT ON TABLE action_event IS 'The full history of an action: every change, who made it and when, with what changed.';
COMMENT ON COLUMN action_event.id IS 'Surrogate key.';
COMMENT ON COLUMN action_event.action_id IS 'The action.';
COMMENT ON COLUMN action_event.occurred_at IS 'When it happened.';
COMMENT ON COLUMN action_event.actor_id IS 'Who did it (app_user id), or empty for demo data and system processes.';
COMMENT ON COLUMN action_event.actor_name IS 'Their name as it was then, or "Lantern".';
COMMENT ON COLUMN action_event.what IS 'What happened, e.g. "Status changed".';
COMMENT ON COLUMN action_event.detail IS 'What changed, e.g. "Not started → In progress".';
