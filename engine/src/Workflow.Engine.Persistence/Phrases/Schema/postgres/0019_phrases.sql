-- 审批意见常用语 (issue 12): a person's own phrases (owner_kind 'user', owner_id their id) and an office's (owner_kind
-- 'office', owner_id the division code), offered in the decision form.

CREATE TABLE wf_phrases (
    id VARCHAR(32) NOT NULL PRIMARY KEY,
    owner_kind VARCHAR(10) NOT NULL,
    owner_id VARCHAR(100) NOT NULL,
    body VARCHAR(500) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX ix_wf_phrases_owner ON wf_phrases (owner_kind, owner_id, created_at);
