-- Window drafts (暂存, issue 12), SQL Server: an intake form saved half-filled, per clerk; the list columns apart from
-- the form, so a list never loads personal data. A submitted draft is deleted.
CREATE TABLE cw_intake_drafts (
    id NVARCHAR(64) NOT NULL CONSTRAINT pk_cw_intake_drafts PRIMARY KEY,
    author_id NVARCHAR(200) NOT NULL,
    window_division_code NVARCHAR(12) NOT NULL,
    applicant_name NVARCHAR(200) NULL,
    id_number_masked NVARCHAR(32) NULL,
    items NVARCHAR(1000) NOT NULL,
    form NVARCHAR(MAX) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    updated_at DATETIMEOFFSET(6) NOT NULL
);
CREATE INDEX ix_cw_intake_drafts_author ON cw_intake_drafts (author_id, updated_at);
GO
