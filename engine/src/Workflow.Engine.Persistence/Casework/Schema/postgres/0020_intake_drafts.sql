-- Window drafts (暂存, issue 12): an intake form saved half-filled, per clerk. form holds the form as typed (personal data,
-- like an application's body; only its author reads it, and every read is audited); applicant_name, id_number_masked
-- and items are what the author's list shows, so a list never loads the form. A submitted draft is deleted.
CREATE TABLE cw_intake_drafts (
    id text NOT NULL PRIMARY KEY,
    author_id text NOT NULL,
    window_division_code text NOT NULL,
    applicant_name text NULL,
    id_number_masked text NULL,
    items text NOT NULL,
    form text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX ix_cw_intake_drafts_author ON cw_intake_drafts (author_id, updated_at);
