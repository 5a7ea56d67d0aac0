-- identity: people who sign in, their roles, and the activity log.

CREATE TABLE app_user (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    job_title          VARCHAR(200),
    organisation_id    BIGINT,
    password_hash      VARCHAR(255) NOT NULL,
    active             BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts    INT NOT NULL DEFAULT 0,
    locked_until       TIMESTAMP WITH TIME ZONE,
    listed_on_sign_in  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_email_uk ON app_user (lower(email));
CREATE INDEX app_user_organisation_ix ON app_user (organisation_id);
COMMENT ON TABLE app_user IS 'A person who can sign in to Lantern.';
COMMENT ON COLUMN app_user.id IS 'Surrogate key.';
COMMENT ON COLUMN app_user.email IS 'Sign-in name; unique regardless of case.';
COMMENT ON COLUMN app_user.full_name IS 'Name shown in pages and the activity log.';
COMMENT ON COLUMN app_user.job_title IS 'Job title, for committee lists.';
COMMENT ON COLUMN app_user.organisation_id IS 'The organisation the person works for (partnership register); not a foreign key because identity does not own organisations.';
COMMENT ON COLUMN app_user.password_hash IS 'Password hash with its algorithm prefix (Argon2id by default).';
COMMENT ON COLUMN app_user.active IS 'False once an administrator deactivates the account; it can no longer sign in.';
COMMENT ON COLUMN app_user.failed_attempts IS 'Consecutive failed sign-ins since the last success or lock.';
COMMENT ON COLUMN app_user.locked_until IS 'Sign-in is refused until this time after too many failures.';
COMMENT ON COLUMN app_user.listed_on_sign_in IS 'A demo account shown on the sign-in page, only while demo mode is on.';
COMMENT ON COLUMN app_user.created_at IS 'When the account was created.';
COMMENT ON COLUMN app_user.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE app_user_role (
    app_user BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (app_user, role)
);
COMMENT ON TABLE app_user_role IS 'The roles a person holds; one person may hold several.';
COMMENT ON COLUMN app_user_role.app_user IS 'The person.';
COMMENT ON COLUMN app_user_role.role IS 'Role name, e.g. ADMINISTRATOR, BUSINESS_UNIT, AGENCY_LEAD.';

CREATE TABLE activity_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     BIGINT,
    actor_email  VARCHAR(254),
    action       VARCHAR(40) NOT NULL,
    record_type  VARCHAR(60),
    record_id    VARCHAR(60),
    summary      VARCHAR(1000) NOT NULL,
    before_state TEXT,
    after_state  TEXT
);
CREATE INDEX activity_log_occurred_ix ON activity_log (occurred_at DESC);
CREATE INDEX activity_log_actor_ix ON activity_log (actor_id, occurred_at DESC);
CREATE INDEX activity_log_record_ix ON activity_log (record_type, record_id, occurred_at DESC);
COMMENT ON TABLE activity_log IS 'Who did what, when: sign-ins, every change, and every read of a restricted record. Append-only.';
COMMENT ON COLUMN activity_log.id IS 'Surrogate key, in order of writing.';
COMMENT ON COLUMN activity_log.occurred_at IS 'When it happened.';
COMMENT ON COLUMN activity_log.actor_id IS 'The signed-in person, if any (empty for failed sign-ins with an unknown email).';
COMMENT ON COLUMN activity_log.actor_email IS 'Email of the person, or the email typed at a failed sign-in.';
COMMENT ON COLUMN activity_log.action IS 'SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGNED_OUT, CREATED, CHANGED, DEACTIVATED, IMPORTED, VIEWED_RESTRICTED, ACCESS_DENIED.';
COMMENT ON COLUMN activity_log.record_type IS 'Kind of record concerned, e.g. Organisation, User, Meeting.';
COMMENT ON COLUMN activity_log.record_id IS 'Id of the record concerned.';
COMMENT ON COLUMN activity_log.summary IS 'One line a person can read.';
COMMENT ON COLUMN activity_log.before_state IS 'Summary of the record before the change.';
COMMENT ON COLUMN activity_log.after_state IS 'Summary of the record after the change.';
