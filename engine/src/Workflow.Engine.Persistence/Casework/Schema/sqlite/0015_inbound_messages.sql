-- Messages from other systems (issue 11): 12345 tickets, monitoring alerts, life events. One row per (sender, sender's
-- id), so a redelivery or an HTTP retry finds the first row instead of starting a second case. The body keeps the
-- message as sent (ID numbers included, like an application's body; views mask them); person_key is the hashed ID.
CREATE TABLE cw_inbound_messages (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    sender TEXT NOT NULL,
    sender_id TEXT NOT NULL,
    division_code TEXT NULL,
    person_key TEXT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NULL,
    route TEXT NULL,
    instance_id TEXT NULL,
    received_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    replied_at INTEGER NULL,
    CONSTRAINT ux_cw_inbound_sender UNIQUE (sender, sender_id)
);
CREATE INDEX ix_cw_inbound_status ON cw_inbound_messages (status, received_at);
CREATE INDEX ix_cw_inbound_instance ON cw_inbound_messages (instance_id);
