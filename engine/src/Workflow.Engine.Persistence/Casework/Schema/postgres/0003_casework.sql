-- Casework (一门受理): organisation and routing documents, applications with one item per sub-case, attachments,
-- case-number sequences and the casework audit.

CREATE TABLE cw_documents (
    name text NOT NULL PRIMARY KEY,
    version bigint NOT NULL,
    body text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);

CREATE TABLE cw_applications (
    id text NOT NULL PRIMARY KEY,
    case_number text NOT NULL UNIQUE,
    window_division text NOT NULL,
    deciding_division text NOT NULL,
    applicant_name text NOT NULL,
    status text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    closed_at timestamptz NULL,
    version bigint NOT NULL
);
CREATE INDEX ix_cw_applications_window ON cw_applications (window_division text_pattern_ops, created_at);
CREATE INDEX ix_cw_applications_deciding ON cw_applications (deciding_division text_pattern_ops, created_at);

CREATE TABLE cw_application_items (
    application_id text NOT NULL,
    item_code text NOT NULL,
    kind text NOT NULL,
    instance_id text NULL,
    department_code text NULL,
    deciding_division text NOT NULL,
    status text NOT NULL,
    PRIMARY KEY (application_id, item_code)
);
CREATE INDEX ix_cw_application_items_instance ON cw_application_items (instance_id);

CREATE TABLE cw_sequences (
    name text NOT NULL PRIMARY KEY,
    value bigint NOT NULL
);

CREATE TABLE cw_attachments (
    id text NOT NULL PRIMARY KEY,
    application_id text NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX ix_cw_attachments_application ON cw_attachments (application_id);

CREATE TABLE cw_audit (
    id text NOT NULL PRIMARY KEY,
    at timestamptz NOT NULL,
    actor_id text NOT NULL,
    action text NOT NULL,
    subject_type text NOT NULL,
    subject_id text NOT NULL,
    detail text NOT NULL
);
CREATE INDEX ix_cw_audit_subject ON cw_audit (subject_type, subject_id, at);
CREATE FUNCTION cw_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'cw_audit is append-only';
END;
$$;
CREATE TRIGGER tr_cw_audit_append_only BEFORE UPDATE OR DELETE ON cw_audit
    FOR EACH ROW EXECUTE FUNCTION cw_audit_append_only();

CREATE TABLE cw_payments (
    id text NOT NULL PRIMARY KEY,
    application_id text NOT NULL,
    item_code text NOT NULL,
    household_key text NOT NULL,
    year integer NOT NULL,
    amount_fen bigint NOT NULL,
    kind text NOT NULL,
    note text NOT NULL,
    paid_by text NOT NULL,
    paid_at timestamptz NOT NULL
);
CREATE INDEX ix_cw_payments_household ON cw_payments (household_key, year);
CREATE INDEX ix_cw_payments_application ON cw_payments (application_id, paid_at);
