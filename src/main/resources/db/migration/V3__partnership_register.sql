-- partnership: the register of organisations (safeguarding partners and relevant agencies).

CREATE TABLE organisation (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    type                VARCHAR(40) NOT NULL,
    school_phase        VARCHAR(40),
    sector              VARCHAR(40) NOT NULL,
    code_scheme         VARCHAR(20),
    official_code       VARCHAR(20),
    address_line1       VARCHAR(200),
    address_line2       VARCHAR(200),
    town                VARCHAR(100),
    postcode            VARCHAR(10),
    lead_name           VARCHAR(200),
    lead_email          VARCHAR(254),
    lead_phone          VARCHAR(40),
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT organisation_code_has_scheme CHECK ((official_code IS NULL) = (code_scheme IS NULL)),
    CONSTRAINT organisation_phase_only_for_schools CHECK (school_phase IS NULL OR type = 'SCHOOL')
);
CREATE UNIQUE INDEX organisation_code_uk ON organisation (code_scheme, upper(official_code)) WHERE official_code IS NOT NULL;
CREATE UNIQUE INDEX organisation_name_uk ON organisation (lower(name));
CREATE INDEX organisation_type_ix ON organisation (type, sector);
COMMENT ON TABLE organisation IS 'The partnership register: the three safeguarding partners and every relevant agency, school and charity.';
COMMENT ON COLUMN organisation.id IS 'Surrogate key.';
COMMENT ON COLUMN organisation.name IS 'Name, unique regardless of case.';
COMMENT ON COLUMN organisation.type IS 'LOCAL_AUTHORITY, POLICE, INTEGRATED_CARE_BOARD (the statutory partners) or a relevant agency type: SCHOOL, COLLEGE, EARLY_YEARS, HEALTH_TRUST, GP_PRACTICE, PROBATION, YOUTH_JUSTICE, FIRE_AND_RESCUE, HOUSING, VOLUNTARY_COMMUNITY_FAITH, CHARITY, OTHER.';
COMMENT ON COLUMN organisation.school_phase IS 'For schools only: NURSERY, PRIMARY, SECONDARY, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION.';
COMMENT ON COLUMN organisation.sector IS 'PUBLIC, PRIVATE or VOLUNTARY (voluntary, community and faith).';
COMMENT ON COLUMN organisation.code_scheme IS 'Which official code: URN (Ofsted unique reference number), ODS (NHS organisation data service), OTHER.';
COMMENT ON COLUMN organisation.official_code IS 'The official code itself; unique within its scheme.';
COMMENT ON COLUMN organisation.address_line1 IS 'Address, first line.';
COMMENT ON COLUMN organisation.address_line2 IS 'Address, second line.';
COMMENT ON COLUMN organisation.town IS 'Town or city.';
COMMENT ON COLUMN organisation.postcode IS 'Postcode.';
COMMENT ON COLUMN organisation.lead_name IS 'Designated safeguarding lead: name.';
COMMENT ON COLUMN organisation.lead_email IS 'Designated safeguarding lead: email.';
COMMENT ON COLUMN organisation.lead_phone IS 'Designated safeguarding lead: telephone.';
COMMENT ON COLUMN organisation.active IS 'False when the organisation has closed or left the partnership; kept for history.';
COMMENT ON COLUMN organisation.created_at IS 'When the record was created.';
COMMENT ON COLUMN organisation.updated_at IS 'When the record was last changed.';
COMMENT ON COLUMN organisation.version IS 'Optimistic lock: incremented on every change.';
