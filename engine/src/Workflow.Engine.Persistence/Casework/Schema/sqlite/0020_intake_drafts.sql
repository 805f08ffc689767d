-- Window drafts (暂存, issue 12): an intake form saved half-filled, per clerk. form holds the form as typed (personal data,
-- like an application's body; only its author reads it, and every read is audited); applicant_name, id_number_masked
-- and items are what the author's list shows, so a list never loads the form. A submitted draft is deleted.
CREATE TABLE cw_intake_drafts (
    id TEXT NOT NULL PRIMARY KEY,
    author_id TEXT NOT NULL,
    window_division_code TEXT NOT NULL,
    applicant_name TEXT NULL,
    id_number_masked TEXT NULL,
    items TEXT NOT NULL,
    form TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_cw_intake_drafts_author ON cw_intake_drafts (author_id, updated_at);
