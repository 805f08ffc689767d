-- The benefits ledger (issue 11): entitlements an approved case or a scheduled rule granted, their amount periods (a
-- change is a new row, never an overwrite) and the people the system knows. Keys, never ID numbers. Months are
-- LedgerMonth indexes (year * 12 + month - 1) and days DateOnly day numbers, so every database compares them alike.
CREATE TABLE cw_entitlements (
    id text NOT NULL PRIMARY KEY,
    item_code text NOT NULL,
    beneficiary_kind text NOT NULL,
    person_key text NULL,
    household_key text NOT NULL,
    division_code text NOT NULL,
    granted_by_case_id text NOT NULL,
    application_id text NULL,
    start_month integer NOT NULL,
    stop_month integer NULL,
    restricted integer NOT NULL,
    pay_condition text NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX ix_cw_entitlements_person ON cw_entitlements (person_key);
CREATE INDEX ix_cw_entitlements_household ON cw_entitlements (household_key);
CREATE INDEX ix_cw_entitlements_case ON cw_entitlements (granted_by_case_id);
CREATE INDEX ix_cw_entitlements_item_division ON cw_entitlements (item_code, division_code);
CREATE TABLE cw_entitlement_amounts (
    entitlement_id text NOT NULL,
    seq integer NOT NULL,
    from_month integer NOT NULL,
    monthly_fen bigint NOT NULL,
    rule_name text NOT NULL,
    members text NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (entitlement_id, seq)
);
CREATE TABLE cw_known_people (
    person_key text NOT NULL PRIMARY KEY,
    household_key text NOT NULL,
    birth_day integer NOT NULL,
    division_code text NOT NULL,
    known_since_day integer NOT NULL,
    died_day integer NULL
);
CREATE INDEX ix_cw_known_people_birth ON cw_known_people (birth_day);
-- What an attachment is (e.g. care-agreement: the signed 委托照料服务协议 a dispersed 特困 payment waits for).
ALTER TABLE cw_attachments ADD COLUMN kind text NULL;
