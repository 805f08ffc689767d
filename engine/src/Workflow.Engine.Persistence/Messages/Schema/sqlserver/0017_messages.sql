-- The message centre (站内消息, issue 12), SQL Server: one row per notice and recipient; a redelivery writes nothing.
CREATE TABLE cw_messages (
    id NVARCHAR(64) NOT NULL CONSTRAINT pk_cw_messages PRIMARY KEY,
    message_key NVARCHAR(400) NOT NULL,
    user_id NVARCHAR(100) NOT NULL,
    kind NVARCHAR(20) NOT NULL,
    title NVARCHAR(400) NOT NULL,
    body NVARCHAR(2000) NOT NULL,
    instance_id NVARCHAR(200) NULL,
    task_id NVARCHAR(200) NULL,
    application_id NVARCHAR(100) NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    read_at DATETIMEOFFSET(6) NULL,
    CONSTRAINT ux_cw_messages_recipient UNIQUE (message_key, user_id)
);
CREATE INDEX ix_cw_messages_user ON cw_messages (user_id, created_at);
CREATE INDEX ix_cw_messages_unread ON cw_messages (user_id) WHERE read_at IS NULL;
GO
