-- plan: the business plan (priorities, objectives, approval and revisions) and progress against it.

CREATE TABLE business_plan (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                 VARCHAR(200) NOT NULL,
    first_year            INTEGER NOT NULL,
    last_year             INTEGER NOT NULL,
    summary               VARCHAR(4000),
    status                VARCHAR(20) NOT NULL DEFAULT 'DRAFT',
    approved_on           DATE,
    approved_by           BIGINT,
    approved_by_name      VARCHAR(200),
    approval_note         VARCHAR(500),
    approval_recorded_at  TIMESTAMPTZ,
    revision              INTEGER NOT NULL DEFAULT 0,
    started_from          BIGINT REFERENCES business_plan (id),
    created_at            TIMESTAMPTZ NOT NULL,
    created_by            BIGINT,
    version               BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT business_plan_status CHECK (status IN ('DRAFT', 'APPROVED', 'REVISING')),
    CONSTRAINT business_plan_years CHECK (last_year >= first_year AND last_year - first_year < 5),
    CONSTRAINT business_plan_approved CHECK ((status = 'DRAFT') = (approved_on IS NULL)),
    -- one plan for any reporting year: "the plan for 2025-26" always means one plan
    CONSTRAINT business_plan_years_do_not_overlap EXCLUDE USING gist (int4range(first_year, last_year, '[]') WITH &&)
);
COMMENT ON TABLE business_plan IS 'The partnership''s business plan for one or more reporting years: drafted, approved, then changed only through recorded revisions.';
COMMENT ON COLUMN business_plan.id IS 'Surrogate key.';
COMMENT ON COLUMN business_plan.title IS 'What the plan is called, e.g. "Business plan 2024–27".';
COMMENT ON COLUMN business_plan.first_year IS 'The first reporting year it covers, by the calendar year that year starts in (2024 for 2024–25).';
COMMENT ON COLUMN business_plan.last_year IS 'The last reporting year it covers, likewise; no two plans cover the same year.';
COMMENT ON COLUMN business_plan.summary IS 'An optional introduction: the partnership''s ambition for the plan''s years.';
COMMENT ON COLUMN business_plan.status IS 'DRAFT (edited freely), APPROVED (changed only by starting a revision) or REVISING (a revision is open).';
COMMENT ON COLUMN business_plan.approved_on IS 'The day the plan was first approved; empty while a draft.';
COMMENT ON COLUMN business_plan.approved_by IS 'The safeguarding partner lead who approved it (app_user id).';
COMMENT ON COLUMN business_plan.approved_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN business_plan.approval_note IS 'Where it was agreed, e.g. "Agreed at the Executive on 17 May 2023".';
COMMENT ON COLUMN business_plan.approval_recorded_at IS 'When the approval was recorded in Lantern.';
COMMENT ON COLUMN business_plan.revision IS 'The number of the latest revision (0: as first approved).';
COMMENT ON COLUMN business_plan.started_from IS 'The plan this one was started from (its priorities copied, its unfinished actions carried forward).';
COMMENT ON COLUMN business_plan.created_at IS 'When the plan was created.';
COMMENT ON COLUMN business_plan.created_by IS 'Who created it (app_user id); empty for demo data.';
COMMENT ON COLUMN business_plan.version IS 'Optimistic lock: incremented on every change to the plan''s own details or status.';

CREATE TABLE plan_priority (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         BIGINT NOT NULL REFERENCES business_plan (id),
    number          INTEGER NOT NULL,
    title           VARCHAR(200) NOT NULL,
    why_it_matters  VARCHAR(4000) NOT NULL,
    lead            VARCHAR(200) NOT NULL,
    copied_from     BIGINT REFERENCES plan_priority (id) ON DELETE SET NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT plan_priority_number UNIQUE (plan_id, number) DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE plan_priority IS 'A numbered priority of a business plan.';
COMMENT ON COLUMN plan_priority.id IS 'Surrogate key.';
COMMENT ON COLUMN plan_priority.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_priority.number IS 'Its number in the plan, 1, 2, 3…; the rest are renumbered when one is removed.';
COMMENT ON COLUMN plan_priority.title IS 'The priority in a line, e.g. "Learning from reviews".';
COMMENT ON COLUMN plan_priority.why_it_matters IS 'Why the partnership chose it.';
COMMENT ON COLUMN plan_priority.lead IS 'Who leads it: a person, role or committee, as written.';
COMMENT ON COLUMN plan_priority.copied_from IS 'The priority of the previous plan it was copied from, if any.';
COMMENT ON COLUMN plan_priority.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE plan_objective (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    priority_id  BIGINT NOT NULL REFERENCES plan_priority (id),
    number       INTEGER NOT NULL,
    title        VARCHAR(250) NOT NULL,
    difference   VARCHAR(2000) NOT NULL,
    copied_from  BIGINT REFERENCES plan_objective (id) ON DELETE SET NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT plan_objective_number UNIQUE (priority_id, number) DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE plan_objective IS 'An objective of a priority, with its success measure; actions are raised against it in the tracker (source id "objective-<id>").';
COMMENT ON COLUMN plan_objective.id IS 'Surrogate key; also the stable part of the tracker''s source id.';
COMMENT ON COLUMN plan_objective.priority_id IS 'The priority.';
COMMENT ON COLUMN plan_objective.number IS 'Its number within the priority: objective 2.1 is number 1 of priority 2.';
COMMENT ON COLUMN plan_objective.title IS 'What the partnership will do.';
COMMENT ON COLUMN plan_objective.difference IS 'The success measure: what difference children will see.';
COMMENT ON COLUMN plan_objective.copied_from IS 'The objective of the previous plan it was copied from, whose unfinished actions it took over.';
COMMENT ON COLUMN plan_objective.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE plan_revision (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id           BIGINT NOT NULL REFERENCES business_plan (id),
    number            INTEGER NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    started_by        BIGINT,
    started_by_name   VARCHAR(200) NOT NULL,
    approved_on       DATE,
    approved_by       BIGINT,
    approved_by_name  VARCHAR(200),
    approval_note     VARCHAR(500),
    CONSTRAINT plan_revision_number UNIQUE (plan_id, number)
);
COMMENT ON TABLE plan_revision IS 'A revision of an approved plan: why it was opened, who opened it, and who approved the revised plan.';
COMMENT ON COLUMN plan_revision.id IS 'Surrogate key.';
COMMENT ON COLUMN plan_revision.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_revision.number IS 'Revision 1, 2, 3… of the plan.';
COMMENT ON COLUMN plan_revision.reason IS 'Why the approved plan needed to change.';
COMMENT ON COLUMN plan_revision.started_at IS 'When the revision was opened.';
COMMENT ON COLUMN plan_revision.started_by IS 'Who opened it (app_user id).';
COMMENT ON COLUMN plan_revision.started_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN plan_revision.approved_on IS 'The day the revised plan was approved; empty while the revision is open.';
COMMENT ON COLUMN plan_revision.approved_by IS 'The partner lead who approved it (app_user id).';
COMMENT ON COLUMN plan_revision.approved_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN plan_revision.approval_note IS 'Where the revised plan was agreed.';

CREATE TABLE plan_revision_change (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_id     BIGINT NOT NULL REFERENCES plan_revision (id),
    changed_at      TIMESTAMPTZ NOT NULL,
    changed_by      BIGINT,
    changed_by_name VARCHAR(200) NOT NULL,
    what            VARCHAR(4000) NOT NULL
);
CREATE INDEX plan_revision_change_ix ON plan_revision_change (revision_id, changed_at);
COMMENT ON TABLE plan_revision_change IS 'One change made to a plan during a revision: what changed, from what to what.';
COMMENT ON COLUMN plan_revision_change.id IS 'Surrogate key.';
COMMENT ON COLUMN plan_revision_change.revision_id IS 'The revision it was made in.';
COMMENT ON COLUMN plan_revision_change.changed_at IS 'When.';
COMMENT ON COLUMN plan_revision_change.changed_by IS 'Who (app_user id).';
COMMENT ON COLUMN plan_revision_change.changed_by_name IS 'Their name as it was then.';
COMMENT ON COLUMN plan_revision_change.what IS 'What changed, e.g. "Priority 2 title: “A” → “B”".';

CREATE TABLE plan_carried_action (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id          BIGINT NOT NULL,
    from_objective_id  BIGINT NOT NULL REFERENCES plan_objective (id),
    to_objective_id    BIGINT NOT NULL REFERENCES plan_objective (id),
    carried_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_carried_action_from_ix ON plan_carried_action (from_objective_id);
CREATE INDEX plan_carried_action_to_ix ON plan_carried_action (to_objective_id);
CREATE INDEX plan_carried_action_action_ix ON plan_carried_action (action_id, carried_at);
COMMENT ON TABLE plan_carried_action IS 'An unfinished action carried forward from an objective of one plan to the same objective of the next.';
COMMENT ON COLUMN plan_carried_action.id IS 'Surrogate key.';
COMMENT ON COLUMN plan_carried_action.action_id IS 'The action (the tracker''s action id; the tracker owns the action).';
COMMENT ON COLUMN plan_carried_action.from_objective_id IS 'The objective it was carried from.';
COMMENT ON COLUMN plan_carried_action.to_objective_id IS 'The objective it was carried to.';
COMMENT ON COLUMN plan_carried_action.carried_at IS 'When.';

CREATE TABLE plan_progress (
    priority_id  BIGINT NOT NULL REFERENCES plan_priority (id),
    year         INTEGER NOT NULL,
    narrative    VARCHAR(6000),
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   BIGINT,
    version      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (priority_id, year)
);
COMMENT ON TABLE plan_progress IS 'Progress against a priority in one reporting year: the narrative the yearly report tells.';
COMMENT ON COLUMN plan_progress.priority_id IS 'The priority.';
COMMENT ON COLUMN plan_progress.year IS 'The reporting year, by the calendar year it starts in.';
COMMENT ON COLUMN plan_progress.narrative IS 'What happened in the year, in a few paragraphs.';
COMMENT ON COLUMN plan_progress.updated_at IS 'When the progress was last changed.';
COMMENT ON COLUMN plan_progress.updated_by IS 'Who changed it (app_user id).';
COMMENT ON COLUMN plan_progress.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE plan_achievement (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    priority_id  BIGINT NOT NULL,
    year         INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    text         VARCHAR(300) NOT NULL,
    FOREIGN KEY (priority_id, year) REFERENCES plan_progress (priority_id, year) ON DELETE CASCADE
);
CREATE INDEX plan_achievement_ix ON plan_achievement (priority_id, year, position);
COMMENT ON TABLE plan_achievement IS 'One line of what a priority achieved in a year, as a yearly report lists them ("✓ … delivered to over 300 professionals").';
COMMENT ON COLUMN plan_achievement.id IS 'Surrogate key.';
COMMENT ON COLUMN plan_achievement.priority_id IS 'The priority.';
COMMENT ON COLUMN plan_achievement.year IS 'The reporting year, by the calendar year it starts in.';
COMMENT ON COLUMN plan_achievement.position IS 'Its place in the list.';
COMMENT ON COLUMN plan_achievement.text IS 'The achievement, in a line.';
