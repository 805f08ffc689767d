-- Casework (一门受理), SQL Server. Batches are separated by GO lines (SqlServerDialect.SplitScript).

CREATE TABLE cw_documents (
    name NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_documents PRIMARY KEY,
    version BIGINT NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    updated_at DATETIMEOFFSET(6) NOT NULL,
    updated_by NVARCHAR(100) NOT NULL
);

CREATE TABLE cw_applications (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_applications PRIMARY KEY,
    case_number NVARCHAR(100) NOT NULL CONSTRAINT uq_cw_applications_case_number UNIQUE,
    window_division NVARCHAR(20) NOT NULL,
    deciding_division NVARCHAR(20) NOT NULL,
    applicant_name NVARCHAR(200) NOT NULL,
    status NVARCHAR(40) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    created_by NVARCHAR(100) NOT NULL,
    closed_at DATETIMEOFFSET(6) NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_cw_applications_window ON cw_applications (window_division, created_at);
CREATE INDEX ix_cw_applications_deciding ON cw_applications (deciding_division, created_at);

CREATE TABLE cw_application_items (
    application_id NVARCHAR(100) NOT NULL,
    item_code NVARCHAR(100) NOT NULL,
    kind NVARCHAR(20) NOT NULL,
    instance_id NVARCHAR(200) NULL,
    department_code NVARCHAR(100) NULL,
    deciding_division NVARCHAR(20) NOT NULL,
    status NVARCHAR(40) NOT NULL,
    CONSTRAINT pk_cw_application_items PRIMARY KEY (application_id, item_code)
);
CREATE INDEX ix_cw_application_items_instance ON cw_application_items (instance_id);

CREATE TABLE cw_sequences (
    name NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_sequences PRIMARY KEY,
    value BIGINT NOT NULL
);

CREATE TABLE cw_attachments (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_attachments PRIMARY KEY,
    application_id NVARCHAR(100) NOT NULL,
    file_name NVARCHAR(400) NOT NULL,
    content_type NVARCHAR(200) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_by NVARCHAR(100) NOT NULL,
    uploaded_at DATETIMEOFFSET(6) NOT NULL
);
CREATE INDEX ix_cw_attachments_application ON cw_attachments (application_id);

CREATE TABLE cw_audit (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_audit PRIMARY KEY,
    at DATETIMEOFFSET(6) NOT NULL,
    actor_id NVARCHAR(100) NOT NULL,
    action NVARCHAR(100) NOT NULL,
    subject_type NVARCHAR(50) NOT NULL,
    subject_id NVARCHAR(200) NOT NULL,
    detail NVARCHAR(MAX) NOT NULL
);
CREATE INDEX ix_cw_audit_subject ON cw_audit (subject_type, subject_id, at);

CREATE TABLE cw_payments (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_payments PRIMARY KEY,
    application_id NVARCHAR(100) NOT NULL,
    item_code NVARCHAR(100) NOT NULL,
    household_key CHAR(64) NOT NULL,
    year INT NOT NULL,
    amount_fen BIGINT NOT NULL,
    kind NVARCHAR(40) NOT NULL,
    note NVARCHAR(2000) NOT NULL,
    paid_by NVARCHAR(100) NOT NULL,
    paid_at DATETIMEOFFSET(6) NOT NULL
);
CREATE INDEX ix_cw_payments_household ON cw_payments (household_key, year);
CREATE INDEX ix_cw_payments_application ON cw_payments (application_id, paid_at);
GO

CREATE TRIGGER tr_cw_audit_append_only ON cw_audit INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 50003, N'cw_audit is append-only', 1;
END;
GO
