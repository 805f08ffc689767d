-- Local sign-in accounts of the web host (web/Workflow.Web/Accounts). Batches are separated by GO lines.
-- posts, divisions and departments are JSON arrays of strings: they are read with the account, never queried.

CREATE TABLE wf_accounts (
    login_name NVARCHAR(100) NOT NULL CONSTRAINT pk_wf_accounts PRIMARY KEY,
    user_id NVARCHAR(100) NOT NULL,
    display_name NVARCHAR(200) NOT NULL,
    role NVARCHAR(100) NOT NULL,
    password_hash NVARCHAR(400) NOT NULL,
    posts NVARCHAR(MAX) NOT NULL,
    divisions NVARCHAR(MAX) NOT NULL,
    departments NVARCHAR(MAX) NOT NULL,
    failed_attempts INT NOT NULL,
    locked_until DATETIMEOFFSET(6) NULL,
    created_at DATETIMEOFFSET(6) NOT NULL
);
CREATE UNIQUE INDEX ux_wf_accounts_user ON wf_accounts (user_id);
GO
