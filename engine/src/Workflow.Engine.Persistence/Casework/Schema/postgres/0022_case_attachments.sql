-- A case's own attachments (issue 12): 入户照片 of a case started without an application (an alert, a 12345 ticket, a
-- case started over the API), which has no cw_applications row to keep them. The same columns as cw_attachments, keyed
-- by the case; the bytes live in the same file store under id.
CREATE TABLE cw_case_attachments (
    id text NOT NULL PRIMARY KEY,
    instance_id text NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL,
    kind text NULL
);
CREATE INDEX ix_cw_case_attachments_instance ON cw_case_attachments (instance_id);
