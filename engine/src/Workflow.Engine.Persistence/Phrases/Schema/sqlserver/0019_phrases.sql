-- 审批意见常用语 (issue 12): a person's own phrases (owner_kind 'user', owner_id their id) and an office's (owner_kind
-- 'office', owner_id the division code), offered in the decision form. Batches are separated by GO lines.

CREATE TABLE wf_phrases (
    id NVARCHAR(32) NOT NULL,
    owner_kind NVARCHAR(10) NOT NULL,
    owner_id NVARCHAR(100) NOT NULL,
    body NVARCHAR(500) NOT NULL,
    created_by NVARCHAR(100) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_wf_phrases PRIMARY KEY (id)
);
GO

CREATE INDEX ix_wf_phrases_owner ON wf_phrases (owner_kind, owner_id, created_at);
GO
