-- Leave cover (代理, issue 12): a user names a deputy for a date range (China dates, yyyy-MM-dd, inclusive). A cleared
-- arrangement keeps its row (who cleared it and when); the casework audit records every set and clear.
CREATE TABLE cw_deputies (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    deputy_id TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    cleared_at INTEGER NULL,
    cleared_by TEXT NULL
);
CREATE INDEX ix_cw_deputies_user ON cw_deputies (user_id, ends_on);
CREATE INDEX ix_cw_deputies_active ON cw_deputies (ends_on) WHERE cleared_at IS NULL;
