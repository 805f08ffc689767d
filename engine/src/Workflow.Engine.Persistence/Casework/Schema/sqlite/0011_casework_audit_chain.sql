-- The casework audit is hash-chained like the event log (issue 10): every entry takes the next position of one chain,
-- with the previous entry's hash and its own (HMAC under a key outside the database). cw_audit_head holds the length
-- and last hash; an entry's append locks it, so positions never repeat or skip. Entries written before this
-- migration have no position and are reported by wf verify-audit.
ALTER TABLE cw_audit ADD COLUMN seq INTEGER NULL;
ALTER TABLE cw_audit ADD COLUMN prev_hash TEXT NULL;
ALTER TABLE cw_audit ADD COLUMN hash TEXT NULL;
CREATE UNIQUE INDEX ux_cw_audit_seq ON cw_audit (seq) WHERE seq IS NOT NULL;
CREATE TABLE cw_audit_head (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO cw_audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
