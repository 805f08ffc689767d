-- The message centre (站内消息, issue 12): one row per notice and recipient, written by the bus consumers. The unique
-- (message_key, user_id) makes a redelivered notice write nothing; the partial index answers the header's unread count.
CREATE TABLE cw_messages (
    id text NOT NULL PRIMARY KEY,
    message_key text NOT NULL,
    user_id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    instance_id text NULL,
    task_id text NULL,
    application_id text NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz NULL,
    CONSTRAINT ux_cw_messages_recipient UNIQUE (message_key, user_id)
);
CREATE INDEX ix_cw_messages_user ON cw_messages (user_id, created_at);
CREATE INDEX ix_cw_messages_unread ON cw_messages (user_id) WHERE read_at IS NULL;
