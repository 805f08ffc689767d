-- A case's own attachments (issue 12), SQL Server: 入户照片 of a case started without an application, keyed by the
-- case; the same columns as cw_attachments.
CREATE TABLE cw_case_attachments (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_case_attachments PRIMARY KEY,
    instance_id NVARCHAR(200) NOT NULL,
    file_name NVARCHAR(400) NOT NULL,
    content_type NVARCHAR(200) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_by NVARCHAR(100) NOT NULL,
    uploaded_at DATETIMEOFFSET(6) NOT NULL,
    kind NVARCHAR(50) NULL
);
CREATE INDEX ix_cw_case_attachments_instance ON cw_case_attachments (instance_id);
GO
