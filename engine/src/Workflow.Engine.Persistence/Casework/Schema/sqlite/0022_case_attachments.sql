-- A case's own attachments (issue 12): 入户照片 of a case started without an application (an alert, a 12345 ticket, a
-- case started over the API), which has no cw_applications row to keep them. The same columns as cw_attachments, keyed
-- by the case; the bytes live in the same file store under id. Times are INTEGER UTC microseconds.
CREATE TABLE cw_case_attachments (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at INTEGER NOT NULL,
    kind TEXT NULL
);
CREATE INDEX ix_cw_case_attachments_instance ON cw_case_attachments (instance_id);
