-- Messages from other systems (issue 11): 12345 tickets, monitoring alerts, life events. One row per (sender, sender's
-- id), so a redelivery or an HTTP retry finds the first row instead of starting a second case. The body keeps the
-- message as sent (ID numbers included, like an application's body; views mask them); person_key is the hashed ID.
CREATE TABLE cw_inbound_messages (
    id text NOT NULL PRIMARY KEY,
    kind text NOT NULL,
    sender text NOT NULL,
    sender_id text NOT NULL,
    division_code text NULL,
    person_key text NULL,
    body text NOT NULL,
    status text NOT NULL,
    reason text NULL,
    route text NULL,
    instance_id text NULL,
    received_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    replied_at timestamptz NULL,
    CONSTRAINT ux_cw_inbound_sender UNIQUE (sender, sender_id)
);
CREATE INDEX ix_cw_inbound_status ON cw_inbound_messages (status, received_at);
CREATE INDEX ix_cw_inbound_instance ON cw_inbound_messages (instance_id);
