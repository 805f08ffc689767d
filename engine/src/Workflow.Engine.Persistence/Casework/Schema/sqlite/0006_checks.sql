-- 家庭经济状况核对: one row per data source asked about an application's household, retried until it answers.
CREATE TABLE cw_checks (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    requested_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    answered_at INTEGER NULL,
    result TEXT NULL
);
CREATE INDEX ix_cw_checks_application ON cw_checks (application_id);
CREATE INDEX ix_cw_checks_pending_due ON cw_checks (due_at) WHERE status = 'pending';
