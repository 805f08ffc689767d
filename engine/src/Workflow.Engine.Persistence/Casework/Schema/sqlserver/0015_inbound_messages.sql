-- Messages from other systems (issue 11), SQL Server. One row per (sender, sender's id): a redelivery finds the first row.
CREATE TABLE cw_inbound_messages (
    id NVARCHAR(100) NOT NULL CONSTRAINT pk_cw_inbound_messages PRIMARY KEY,
    kind NVARCHAR(50) NOT NULL,
    sender NVARCHAR(100) NOT NULL,
    sender_id NVARCHAR(200) NOT NULL,
    division_code NVARCHAR(12) NULL,
    person_key NVARCHAR(64) NULL,
    body NVARCHAR(MAX) NOT NULL,
    status NVARCHAR(20) NOT NULL,
    reason NVARCHAR(1000) NULL,
    route NVARCHAR(200) NULL,
    instance_id NVARCHAR(200) NULL,
    received_at DATETIMEOFFSET(6) NOT NULL,
    updated_at DATETIMEOFFSET(6) NOT NULL,
    replied_at DATETIMEOFFSET(6) NULL,
    CONSTRAINT ux_cw_inbound_sender UNIQUE (sender, sender_id)
);
CREATE INDEX ix_cw_inbound_status ON cw_inbound_messages (status, received_at);
CREATE INDEX ix_cw_inbound_instance ON cw_inbound_messages (instance_id);
GO
