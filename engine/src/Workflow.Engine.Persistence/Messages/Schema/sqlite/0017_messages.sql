-- The message centre (站内消息, issue 12): one row per notice and recipient, written by the bus consumers. The unique
-- (message_key, user_id) makes a redelivered notice write nothing; the partial index answers the header's unread count.
CREATE TABLE cw_messages (
    id TEXT NOT NULL PRIMARY KEY,
    message_key TEXT NOT NULL,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    instance_id TEXT NULL,
    task_id TEXT NULL,
    application_id TEXT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER NULL,
    CONSTRAINT ux_cw_messages_recipient UNIQUE (message_key, user_id)
);
CREATE INDEX ix_cw_messages_user ON cw_messages (user_id, created_at);
CREATE INDEX ix_cw_messages_unread ON cw_messages (user_id) WHERE read_at IS NULL;
