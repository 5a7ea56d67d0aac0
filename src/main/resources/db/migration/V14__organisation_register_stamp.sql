-- The register's list and exports are answered from a copy of the register held in memory
-- (ADR 16). Every transaction that changes the organisation table gives the register a new,
-- random stamp as it commits; an instance compares its copy's stamp with this one row before
-- answering, so a change made through any instance, an import or psql is seen by the next
-- request everywhere. A random stamp (not a counter) stays correct after a restore.

CREATE TABLE organisation_register_stamp (
    one   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
    stamp UUID    NOT NULL
);
INSERT INTO organisation_register_stamp (stamp) VALUES (gen_random_uuid());
COMMENT ON TABLE organisation_register_stamp IS 'One row: changes whenever the organisation table does (triggers), so in-memory copies of the register know when they are stale.';

-- Once per transaction: later rows of the same transaction (an import) find the flag set.
CREATE FUNCTION organisation_register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('lantern.register_stamped', true), '') <> 'yes' THEN
        PERFORM set_config('lantern.register_stamped', 'yes', true);
        UPDATE organisation_register_stamp SET stamp = gen_random_uuid();
    END IF;
    RETURN NULL;
END
$$;
ALTER FUNCTION organisation_register_changed() SET search_path FROM CURRENT;

-- Deferred to commit, so the stamp row is locked only while the transaction commits, after it
-- holds every other lock it needs: a long import cannot block other edits on it, and two
-- writers cannot deadlock over it.
CREATE CONSTRAINT TRIGGER organisation_register_changed
    AFTER INSERT OR UPDATE OR DELETE ON organisation
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION organisation_register_changed();

-- TRUNCATE cannot be deferred; it locks the whole table anyway.
CREATE TRIGGER organisation_register_truncated
    AFTER TRUNCATE ON organisation
    FOR EACH STATEMENT EXECUTE FUNCTION organisation_register_changed();

-- The list no longer searches in SQL, so the trigram index (V5) would only slow writes down.
-- search_text stays: the in-memory copy reads it, so both lower-case text the same way.
DROP INDEX organisation_search_trgm_ix;
