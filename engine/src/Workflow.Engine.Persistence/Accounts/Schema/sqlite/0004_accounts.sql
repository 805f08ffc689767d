-- Local sign-in accounts of the web host (web/Workflow.Web/Accounts). Times are INTEGER UTC microseconds since 1970.
-- posts, divisions and departments are JSON arrays of strings: they are read with the account, never queried.

CREATE TABLE wf_accounts (
    login_name TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    posts TEXT NOT NULL,
    divisions TEXT NOT NULL,
    departments TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL,
    locked_until INTEGER NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_wf_accounts_user ON wf_accounts (user_id);
