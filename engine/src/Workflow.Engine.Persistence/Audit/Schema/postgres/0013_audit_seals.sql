-- Keyed audit chains over a database that has unkeyed ones (issue 10). At the first start with an audit key, the host
-- seals every chain written before it: the seal is an HMAC, under the key, of the chain's length and last hash, so the
-- older links stay plain SHA-256 yet cannot be rewritten without the key. wf_audit_key holds an HMAC of a fixed text,
-- so a host started with another key (or a lost one replaced) refuses to run instead of writing chains nobody can check.
CREATE TABLE wf_audit_seals (
    chain VARCHAR(200) NOT NULL PRIMARY KEY,
    sealed_seq BIGINT NOT NULL,
    sealed_hash CHAR(64) NOT NULL,
    seal CHAR(64) NOT NULL,
    sealed_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE wf_audit_key (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    key_check CHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
