-- Fast search of the register: one lower-cased text per organisation with a trigram index, so
-- "contains" searches (LIKE '%…%') use the index instead of scanning every row.
-- pg_trgm ships with PostgreSQL and is allowed on the usual managed services.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE organisation ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    lower(name || ' ' || coalesce(official_code, '') || ' ' || coalesce(town, '') || ' '
          || coalesce(postcode, '') || ' ' || replace(coalesce(postcode, ''), ' ', ''))
) STORED;
CREATE INDEX organisation_search_trgm_ix ON organisation USING gin (search_text gin_trgm_ops);
COMMENT ON COLUMN organisation.search_text IS 'Derived: name, official code, town and postcode (with and without its space), lower-cased, for the register''s search box.';
