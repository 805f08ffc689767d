-- Casework (一门受理): organisation and routing documents, applications with one item per sub-case, attachments,
-- case-number sequences and the casework audit. Times are INTEGER UTC microseconds, as in 0001.

-- The organisation and the routing rules are each one versioned JSON document: they are small, read whole into
-- memory for assignment, and edited as a unit with optimistic concurrency.
CREATE TABLE cw_documents (
    name TEXT NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE cw_applications (
    id TEXT NOT NULL PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    window_division TEXT NOT NULL,
    deciding_division TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    closed_at INTEGER NULL,
    version INTEGER NOT NULL
);
CREATE INDEX ix_cw_applications_window ON cw_applications (window_division, created_at);
CREATE INDEX ix_cw_applications_deciding ON cw_applications (deciding_division, created_at);

CREATE TABLE cw_application_items (
    application_id TEXT NOT NULL,
    item_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    instance_id TEXT NULL,
    department_code TEXT NULL,
    deciding_division TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (application_id, item_code)
) WITHOUT ROWID;
CREATE INDEX ix_cw_application_items_instance ON cw_application_items (instance_id);

CREATE TABLE cw_sequences (
    name TEXT NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE cw_attachments (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at INTEGER NOT NULL
);
CREATE INDEX ix_cw_attachments_application ON cw_attachments (application_id);

-- Append-only, like wf_events: every casework action (intake, refusal, reveal, organisation edit) is a row.
CREATE TABLE cw_audit (
    id TEXT NOT NULL PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX ix_cw_audit_subject ON cw_audit (subject_type, subject_id, at);
CREATE TRIGGER tr_cw_audit_no_update BEFORE UPDATE ON cw_audit
BEGIN
    SELECT RAISE(ABORT, 'cw_audit is append-only');
END;
CREATE TRIGGER tr_cw_audit_no_delete BEFORE DELETE ON cw_audit
BEGIN
    SELECT RAISE(ABORT, 'cw_audit is append-only');
END;

-- Payments (先行救助, 分阶段救助, 一事一议): amounts in fen; the household key is the SHA-256 of the applicant's ID
-- number, so the yearly cap can be summed without keeping the number itself in an indexed column.
CREATE TABLE cw_payments (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL,
    item_code TEXT NOT NULL,
    household_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    paid_by TEXT NOT NULL,
    paid_at INTEGER NOT NULL
);
CREATE INDEX ix_cw_payments_household ON cw_payments (household_key, year);
CREATE INDEX ix_cw_payments_application ON cw_payments (application_id, paid_at);
