-- The benefits ledger (issue 11), SQL Server: entitlements, their amount periods (a change is a new row) and the
-- people the system knows. Keys, never ID numbers. Months are LedgerMonth indexes, days DateOnly day numbers.
CREATE TABLE cw_entitlements (
    id NVARCHAR(200) NOT NULL CONSTRAINT pk_cw_entitlements PRIMARY KEY,
    item_code NVARCHAR(100) NOT NULL,
    beneficiary_kind NVARCHAR(20) NOT NULL,
    person_key NVARCHAR(64) NULL,
    household_key NVARCHAR(64) NOT NULL,
    division_code NVARCHAR(20) NOT NULL,
    granted_by_case_id NVARCHAR(200) NOT NULL,
    application_id NVARCHAR(100) NULL,
    start_month INT NOT NULL,
    stop_month INT NULL,
    restricted INT NOT NULL,
    pay_condition NVARCHAR(50) NULL,
    created_at DATETIMEOFFSET(6) NOT NULL
);
CREATE INDEX ix_cw_entitlements_person ON cw_entitlements (person_key);
CREATE INDEX ix_cw_entitlements_household ON cw_entitlements (household_key);
CREATE INDEX ix_cw_entitlements_case ON cw_entitlements (granted_by_case_id);
CREATE INDEX ix_cw_entitlements_item_division ON cw_entitlements (item_code, division_code);
CREATE TABLE cw_entitlement_amounts (
    entitlement_id NVARCHAR(200) NOT NULL,
    seq INT NOT NULL,
    from_month INT NOT NULL,
    monthly_fen BIGINT NOT NULL,
    rule_name NVARCHAR(100) NOT NULL,
    members NVARCHAR(MAX) NOT NULL,
    recorded_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_cw_entitlement_amounts PRIMARY KEY (entitlement_id, seq)
);
CREATE TABLE cw_known_people (
    person_key NVARCHAR(64) NOT NULL CONSTRAINT pk_cw_known_people PRIMARY KEY,
    household_key NVARCHAR(64) NOT NULL,
    birth_day INT NOT NULL,
    division_code NVARCHAR(20) NOT NULL,
    known_since_day INT NOT NULL,
    died_day INT NULL
);
CREATE INDEX ix_cw_known_people_birth ON cw_known_people (birth_day);
ALTER TABLE cw_attachments ADD kind NVARCHAR(50) NULL;
GO
