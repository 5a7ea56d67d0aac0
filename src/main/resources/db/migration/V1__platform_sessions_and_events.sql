-- Platform tables: HTTP sessions shared by every instance (Spring Session JDBC) and the
-- event publication registry (Spring Modulith) that lets a listener's work survive a crash.

CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
COMMENT ON TABLE spring_session IS 'Signed-in sessions, shared by every Lantern instance behind a load balancer (Spring Session JDBC).';
COMMENT ON COLUMN spring_session.primary_id IS 'Internal key of the session row.';
COMMENT ON COLUMN spring_session.session_id IS 'The id carried by the SESSION cookie.';
COMMENT ON COLUMN spring_session.creation_time IS 'When the session began, milliseconds since the epoch.';
COMMENT ON COLUMN spring_session.last_access_time IS 'Last request in this session, milliseconds since the epoch.';
COMMENT ON COLUMN spring_session.max_inactive_interval IS 'Seconds of inactivity after which the session expires.';
COMMENT ON COLUMN spring_session.expiry_time IS 'When the session expires, milliseconds since the epoch.';
COMMENT ON COLUMN spring_session.principal_name IS 'Email of the signed-in user.';

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
COMMENT ON TABLE spring_session_attributes IS 'Serialised attributes of a session, such as the security context.';
COMMENT ON COLUMN spring_session_attributes.session_primary_id IS 'The session the attribute belongs to.';
COMMENT ON COLUMN spring_session_attributes.attribute_name IS 'Attribute name.';
COMMENT ON COLUMN spring_session_attributes.attribute_bytes IS 'Attribute value, Java-serialised.';

CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
COMMENT ON TABLE event_publication IS 'Events between modules awaiting or after delivery to each listener (Spring Modulith registry).';
COMMENT ON COLUMN event_publication.id IS 'Publication id.';
COMMENT ON COLUMN event_publication.listener_id IS 'The listener that must handle the event.';
COMMENT ON COLUMN event_publication.event_type IS 'Java type of the event record.';
COMMENT ON COLUMN event_publication.serialized_event IS 'The event as JSON.';
COMMENT ON COLUMN event_publication.publication_date IS 'When the event was published.';
COMMENT ON COLUMN event_publication.completion_date IS 'When the listener finished; empty while outstanding.';
COMMENT ON COLUMN event_publication.status IS 'Publication status (published, processing, completed, failed).';
COMMENT ON COLUMN event_publication.completion_attempts IS 'How many times delivery was attempted.';
COMMENT ON COLUMN event_publication.last_resubmission_date IS 'When delivery was last retried.';
