-- Reveals of personal data are rate-limited per user (issue 10): the count of one user's recent reveals reads this index.
CREATE INDEX ix_cw_audit_actor ON cw_audit (actor_id, action, at);
