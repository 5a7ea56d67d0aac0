-- plan: the partnership's budget for each financial year (1 April to 31 March, the same as the
-- reporting year): partners' contributions, other income and expenditure, each budgeted and actual.
-- Money is whole pence in BIGINT so sums are exact.

CREATE TABLE budget (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    start_year          INT NOT NULL,
    status              VARCHAR(10) NOT NULL DEFAULT 'DRAFT',
    balance_explanation VARCHAR(2000),
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT budget_year_uk UNIQUE (start_year),
    CONSTRAINT budget_year_range CHECK (start_year BETWEEN 1990 AND 2200),
    CONSTRAINT budget_status CHECK (status IN ('DRAFT', 'AGREED'))
);
COMMENT ON TABLE budget IS 'The partnership''s budget for one financial year, April to March.';
COMMENT ON COLUMN budget.id IS 'Surrogate key.';
COMMENT ON COLUMN budget.start_year IS 'The calendar year the financial year starts in: 2023 is 1 April 2023 to 31 March 2024 (2023-24). One budget per year.';
COMMENT ON COLUMN budget.status IS 'DRAFT while being prepared, AGREED once the safeguarding partners have agreed it. Actuals are still recorded after agreement.';
COMMENT ON COLUMN budget.balance_explanation IS 'How a deficit was covered (for example by the local authority), or what happens to a surplus.';
COMMENT ON COLUMN budget.version IS 'Optimistic lock: incremented on every change to the year (not to its lines, which have their own).';

CREATE TABLE budget_contribution (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    budget_id       BIGINT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    agreed_pence    BIGINT NOT NULL,
    received_pence  BIGINT NOT NULL DEFAULT 0,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT budget_contribution_org_uk UNIQUE (budget_id, organisation_id),
    CONSTRAINT budget_contribution_amounts CHECK (agreed_pence BETWEEN 0 AND 999999999 AND received_pence BETWEEN 0 AND 999999999)
);
CREATE INDEX budget_contribution_org_ix ON budget_contribution (organisation_id);
COMMENT ON TABLE budget_contribution IS 'What one organisation agreed to contribute to a year''s budget, and what it has paid.';
COMMENT ON COLUMN budget_contribution.id IS 'Surrogate key.';
COMMENT ON COLUMN budget_contribution.budget_id IS 'The year''s budget.';
COMMENT ON COLUMN budget_contribution.organisation_id IS 'The contributing organisation; at most one line per organisation per year.';
COMMENT ON COLUMN budget_contribution.agreed_pence IS 'The amount agreed, in pence.';
COMMENT ON COLUMN budget_contribution.received_pence IS 'The amount received so far, in pence.';
COMMENT ON COLUMN budget_contribution.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE budget_income (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    budget_id       BIGINT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    kind            VARCHAR(20) NOT NULL,
    description     VARCHAR(200) NOT NULL,
    budgeted_pence  BIGINT NOT NULL,
    actual_pence    BIGINT NOT NULL DEFAULT 0,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT budget_income_kind CHECK (kind IN ('GRANT', 'TRAINING_CHARGES', 'OTHER')),
    CONSTRAINT budget_income_amounts CHECK (budgeted_pence BETWEEN 0 AND 999999999 AND actual_pence BETWEEN 0 AND 999999999)
);
CREATE UNIQUE INDEX budget_income_uk ON budget_income (budget_id, kind, lower(description));
COMMENT ON TABLE budget_income IS 'Income other than partners'' contributions in a year''s budget: grants, training charges, other.';
COMMENT ON COLUMN budget_income.id IS 'Surrogate key.';
COMMENT ON COLUMN budget_income.budget_id IS 'The year''s budget.';
COMMENT ON COLUMN budget_income.kind IS 'GRANT, TRAINING_CHARGES or OTHER.';
COMMENT ON COLUMN budget_income.description IS 'What the income is, e.g. the grant''s name; unique within the kind, regardless of case.';
COMMENT ON COLUMN budget_income.budgeted_pence IS 'The amount expected when the budget was set, in pence.';
COMMENT ON COLUMN budget_income.actual_pence IS 'The amount received, in pence (so far, while the year is running).';
COMMENT ON COLUMN budget_income.version IS 'Optimistic lock: incremented on every change.';

CREATE TABLE budget_expenditure (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    budget_id       BIGINT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    category        VARCHAR(30) NOT NULL,
    description     VARCHAR(200) NOT NULL,
    budgeted_pence  BIGINT NOT NULL,
    actual_pence    BIGINT NOT NULL DEFAULT 0,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT budget_expenditure_category CHECK (category IN ('STAFFING', 'SCRUTINY_AND_LAY_MEMBERS', 'OPERATING_COSTS',
        'TRAINING_AND_EVENTS', 'PRACTICE_DEVELOPMENT', 'WEBSITE_AND_TOOLS')),
    CONSTRAINT budget_expenditure_amounts CHECK (budgeted_pence BETWEEN 0 AND 999999999 AND actual_pence BETWEEN 0 AND 999999999)
);
CREATE UNIQUE INDEX budget_expenditure_uk ON budget_expenditure (budget_id, category, lower(description));
COMMENT ON TABLE budget_expenditure IS 'A line of spending in a year''s budget, under one of the partnership''s categories.';
COMMENT ON COLUMN budget_expenditure.id IS 'Surrogate key.';
COMMENT ON COLUMN budget_expenditure.budget_id IS 'The year''s budget.';
COMMENT ON COLUMN budget_expenditure.category IS 'STAFFING, SCRUTINY_AND_LAY_MEMBERS, OPERATING_COSTS, TRAINING_AND_EVENTS, PRACTICE_DEVELOPMENT or WEBSITE_AND_TOOLS.';
COMMENT ON COLUMN budget_expenditure.description IS 'What the money is for, e.g. "Business unit salaries"; unique within the category, regardless of case.';
COMMENT ON COLUMN budget_expenditure.budgeted_pence IS 'The amount budgeted, in pence.';
COMMENT ON COLUMN budget_expenditure.actual_pence IS 'The amount spent, in pence (so far, while the year is running).';
COMMENT ON COLUMN budget_expenditure.version IS 'Optimistic lock: incremented on every change.';
