-- Local sign-in accounts of the web host (web/Workflow.Web/Accounts).
-- posts, divisions and departments are JSON arrays of strings: they are read with the account, never queried.

CREATE TABLE wf_accounts (
    login_name VARCHAR(100) NOT NULL PRIMARY KEY,
    user_id VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(100) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    posts TEXT NOT NULL,
    divisions TEXT NOT NULL,
    departments TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL,
    locked_until TIMESTAMPTZ NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX ux_wf_accounts_user ON wf_accounts (user_id);
