-- 家庭经济状况核对: one row per data source asked about an application's household, retried until it answers.
CREATE TABLE cw_checks (
    id text NOT NULL PRIMARY KEY,
    application_id text NOT NULL,
    source text NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    requested_at timestamptz NOT NULL,
    due_at timestamptz NOT NULL,
    answered_at timestamptz NULL,
    result text NULL
);
CREATE INDEX ix_cw_checks_application ON cw_checks (application_id);
CREATE INDEX ix_cw_checks_pending_due ON cw_checks (due_at) WHERE status = 'pending';
