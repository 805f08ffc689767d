-- Leave cover (代理, issue 12): a user names a deputy for a date range (China dates, yyyy-MM-dd, inclusive). A cleared
-- arrangement keeps its row (who cleared it and when); the casework audit records every set and clear.
CREATE TABLE cw_deputies (
    id text NOT NULL PRIMARY KEY,
    user_id text NOT NULL,
    deputy_id text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    cleared_at timestamptz NULL,
    cleared_by text NULL
);
CREATE INDEX ix_cw_deputies_user ON cw_deputies (user_id, ends_on);
CREATE INDEX ix_cw_deputies_active ON cw_deputies (ends_on) WHERE cleared_at IS NULL;
