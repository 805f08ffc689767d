-- The benefits ledger (issue 11): entitlements an approved case or a scheduled rule granted, their amount periods (a
-- change is a new row, never an overwrite) and the people the system knows. Keys, never ID numbers. Months are
-- LedgerMonth indexes (year * 12 + month - 1) and days DateOnly day numbers, so every database compares them alike.
CREATE TABLE cw_entitlements (
    id TEXT NOT NULL PRIMARY KEY,
    item_code TEXT NOT NULL,
    beneficiary_kind TEXT NOT NULL,
    person_key TEXT NULL,
    household_key TEXT NOT NULL,
    division_code TEXT NOT NULL,
    granted_by_case_id TEXT NOT NULL,
    application_id TEXT NULL,
    start_month INTEGER NOT NULL,
    stop_month INTEGER NULL,
    restricted INTEGER NOT NULL,
    pay_condition TEXT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_cw_entitlements_person ON cw_entitlements (person_key);
CREATE INDEX ix_cw_entitlements_household ON cw_entitlements (household_key);
CREATE INDEX ix_cw_entitlements_case ON cw_entitlements (granted_by_case_id);
CREATE INDEX ix_cw_entitlements_item_division ON cw_entitlements (item_code, division_code);
CREATE TABLE cw_entitlement_amounts (
    entitlement_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    from_month INTEGER NOT NULL,
    monthly_fen INTEGER NOT NULL,
    rule_name TEXT NOT NULL,
    members TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (entitlement_id, seq)
);
CREATE TABLE cw_known_people (
    person_key TEXT NOT NULL PRIMARY KEY,
    household_key TEXT NOT NULL,
    birth_day INTEGER NOT NULL,
    division_code TEXT NOT NULL,
    known_since_day INTEGER NOT NULL,
    died_day INTEGER NULL
);
CREATE INDEX ix_cw_known_people_birth ON cw_known_people (birth_day);
-- What an attachment is (e.g. care-agreement: the signed 委托照料服务协议 a dispersed 特困 payment waits for).
ALTER TABLE cw_attachments ADD COLUMN kind TEXT NULL;
