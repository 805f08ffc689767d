-- 审批意见常用语 (issue 12): a person's own phrases (owner_kind 'user', owner_id their id) and an office's (owner_kind
-- 'office', owner_id the division code), offered in the decision form. Times are INTEGER UTC microseconds since 1970.

CREATE TABLE wf_phrases (
    id TEXT NOT NULL PRIMARY KEY,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX ix_wf_phrases_owner ON wf_phrases (owner_kind, owner_id, created_at);
