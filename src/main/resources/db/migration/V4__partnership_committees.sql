-- partnership: committees and groups, their members, meetings and attendance.

CREATE TABLE committee (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    purpose      VARCHAR(4000) NOT NULL,
    parent_id    BIGINT REFERENCES committee (id),
    shared_with  VARCHAR(300),
    start_date   DATE NOT NULL,
    end_date     DATE,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT committee_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE UNIQUE INDEX committee_name_uk ON committee (lower(name));
COMMENT ON TABLE committee IS 'The executive, a committee, sub-group, task-and-finish group or panel of the partnership.';
COMMENT ON COLUMN committee.id IS 'Surrogate key.';
COMMENT ON COLUMN committee.name IS 'Name, unique regardless of case.';
COMMENT ON COLUMN committee.kind IS 'EXECUTIVE, COMMITTEE, SUB_GROUP, TASK_AND_FINISH or PANEL.';
COMMENT ON COLUMN committee.purpose IS 'What the group is for (terms of reference in brief).';
COMMENT ON COLUMN committee.parent_id IS 'The group it reports to, if any.';
COMMENT ON COLUMN committee.shared_with IS 'Neighbouring areas it is shared with, e.g. a Child Death Overview Panel.';
COMMENT ON COLUMN committee.start_date IS 'When the group was set up.';
COMMENT ON COLUMN committee.end_date IS 'When it closed (task-and-finish groups end); empty while running.';
COMMENT ON COLUMN committee.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE committee_member (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id    BIGINT NOT NULL REFERENCES committee (id) ON DELETE CASCADE,
    person_id       BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    role            VARCHAR(30) NOT NULL,
    start_date      DATE NOT NULL,
    end_date        DATE,
    CONSTRAINT committee_member_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX committee_member_committee_ix ON committee_member (committee_id);
CREATE INDEX committee_member_person_ix ON committee_member (person_id);
COMMENT ON TABLE committee_member IS 'A person''s membership of a committee, for the organisation they represent, over a period.';
COMMENT ON COLUMN committee_member.id IS 'Surrogate key.';
COMMENT ON COLUMN committee_member.committee_id IS 'The committee.';
COMMENT ON COLUMN committee_member.person_id IS 'The person (identity''s app_user id; not a foreign key because identity owns people).';
COMMENT ON COLUMN committee_member.organisation_id IS 'The organisation the person represents on this committee; attendance is counted for it.';
COMMENT ON COLUMN committee_member.role IS 'CHAIR, VICE_CHAIR, MEMBER, ADVISER or LAY_MEMBER.';
COMMENT ON COLUMN committee_member.start_date IS 'First day of membership.';
COMMENT ON COLUMN committee_member.end_date IS 'Last day of membership; empty while a member.';

CREATE TABLE meeting (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id  BIGINT NOT NULL REFERENCES committee (id),
    meeting_date  DATE NOT NULL,
    starts_at     TIME NOT NULL,
    ends_at       TIME NOT NULL,
    location      VARCHAR(300),
    minutes       TEXT,
    cancelled     BOOLEAN NOT NULL DEFAULT FALSE,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT meeting_times CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_committee_date_ix ON meeting (committee_id, meeting_date);
CREATE INDEX meeting_date_ix ON meeting (meeting_date);
COMMENT ON TABLE meeting IS 'A meeting of a committee.';
COMMENT ON COLUMN meeting.id IS 'Surrogate key.';
COMMENT ON COLUMN meeting.committee_id IS 'The committee meeting.';
COMMENT ON COLUMN meeting.meeting_date IS 'Date of the meeting (UK local).';
COMMENT ON COLUMN meeting.starts_at IS 'Start time (UK local).';
COMMENT ON COLUMN meeting.ends_at IS 'End time (UK local).';
COMMENT ON COLUMN meeting.location IS 'Room, address or "Online".';
COMMENT ON COLUMN meeting.minutes IS 'The minutes, plain text.';
COMMENT ON COLUMN meeting.cancelled IS 'True if the meeting did not go ahead; cancelled meetings are left out of attendance rates.';
COMMENT ON COLUMN meeting.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE meeting_agenda_item (
    meeting   BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    title     VARCHAR(500) NOT NULL,
    PRIMARY KEY (meeting, position)
);
COMMENT ON TABLE meeting_agenda_item IS 'The agenda of a meeting, in order.';
COMMENT ON COLUMN meeting_agenda_item.meeting IS 'The meeting.';
COMMENT ON COLUMN meeting_agenda_item.position IS 'Order on the agenda, from 0.';
COMMENT ON COLUMN meeting_agenda_item.title IS 'The item.';

CREATE TABLE meeting_decision (
    meeting   BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    text      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (meeting, position)
);
COMMENT ON TABLE meeting_decision IS 'Decisions recorded at a meeting, in order.';
COMMENT ON COLUMN meeting_decision.meeting IS 'The meeting.';
COMMENT ON COLUMN meeting_decision.position IS 'Order, from 0.';
COMMENT ON COLUMN meeting_decision.text IS 'The decision.';

CREATE TABLE meeting_attendance (
    meeting      BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id    BIGINT NOT NULL REFERENCES committee_member (id),
    status       VARCHAR(20) NOT NULL,
    deputy_name  VARCHAR(200),
    PRIMARY KEY (meeting, member_id),
    CONSTRAINT attendance_deputy CHECK (status <> 'DEPUTY' OR deputy_name IS NOT NULL)
);
CREATE INDEX meeting_attendance_member_ix ON meeting_attendance (member_id);
COMMENT ON TABLE meeting_attendance IS 'Whether each expected member attended a meeting.';
COMMENT ON COLUMN meeting_attendance.meeting IS 'The meeting.';
COMMENT ON COLUMN meeting_attendance.member_id IS 'The membership (person for an organisation) expected at it.';
COMMENT ON COLUMN meeting_attendance.status IS 'PRESENT, APOLOGIES, ABSENT or DEPUTY (sent a deputy, who counts as the organisation attending).';
COMMENT ON COLUMN meeting_attendance.deputy_name IS 'Name of the deputy, when one was sent.';
