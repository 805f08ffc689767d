-- Durable runtime, SQL Server. Batches are separated by GO lines (SqlServerDialect.SplitScript).

CREATE TABLE wf_instances (
    id NVARCHAR(200) NOT NULL CONSTRAINT pk_wf_instances PRIMARY KEY,
    definition_id NVARCHAR(200) NOT NULL,
    definition_version INT NOT NULL,
    status NVARCHAR(20) NOT NULL,
    division_code NVARCHAR(20) NULL,
    version BIGINT NOT NULL,
    head_hash CHAR(64) NOT NULL,
    snapshot NVARCHAR(MAX) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    updated_at DATETIMEOFFSET(6) NOT NULL
);
CREATE INDEX ix_wf_instances_created ON wf_instances (created_at);

CREATE TABLE wf_events (
    instance_id NVARCHAR(200) NOT NULL,
    seq BIGINT NOT NULL,
    type NVARCHAR(100) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_wf_events PRIMARY KEY (instance_id, seq)
);
GO

-- Append-only: the hash chain (AuditChain) makes any later change visible, and the trigger refuses one.
CREATE TRIGGER tr_wf_events_append_only ON wf_events INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 50002, N'wf_events is append-only', 1;
END;
GO

-- The inbox. Each inbox query has a filtered index of open rows made for it.
CREATE TABLE wf_tasks (
    task_id NVARCHAR(250) NOT NULL CONSTRAINT pk_wf_tasks PRIMARY KEY,
    instance_id NVARCHAR(200) NOT NULL,
    kind NVARCHAR(20) NOT NULL,
    title NVARCHAR(400) NOT NULL,
    post NVARCHAR(100) NULL,
    level NVARCHAR(20) NULL,
    division_code NVARCHAR(20) NULL,
    department_code NVARCHAR(100) NULL,
    status NVARCHAR(20) NOT NULL,
    assignee_user_id NVARCHAR(100) NULL,
    opened_at DATETIMEOFFSET(6) NOT NULL,
    due_at DATETIMEOFFSET(6) NULL,
    closed_at DATETIMEOFFSET(6) NULL
);
CREATE INDEX ix_wf_tasks_instance ON wf_tasks (instance_id);
CREATE INDEX ix_wf_tasks_assignee_open ON wf_tasks (assignee_user_id, opened_at)
    WHERE status = 'Open' AND assignee_user_id IS NOT NULL;
CREATE INDEX ix_wf_tasks_post_open ON wf_tasks (post, division_code, opened_at)
    WHERE status = 'Open' AND assignee_user_id IS NULL;
CREATE INDEX ix_wf_tasks_department_open ON wf_tasks (department_code, opened_at)
    WHERE status = 'Open' AND department_code IS NOT NULL;
CREATE INDEX ix_wf_tasks_due_open ON wf_tasks (due_at)
    WHERE status = 'Open' AND due_at IS NOT NULL;

CREATE TABLE wf_timers (
    instance_id NVARCHAR(200) NOT NULL,
    timer_id NVARCHAR(250) NOT NULL,
    due_at DATETIMEOFFSET(6) NOT NULL,
    lease_until DATETIMEOFFSET(6) NULL,
    CONSTRAINT pk_wf_timers PRIMARY KEY (instance_id, timer_id)
);
CREATE INDEX ix_wf_timers_due ON wf_timers (due_at);

CREATE TABLE wf_outbox (
    id BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_wf_outbox PRIMARY KEY,
    message_id NVARCHAR(300) NOT NULL CONSTRAINT uq_wf_outbox_message UNIQUE,
    instance_id NVARCHAR(200) NOT NULL,
    message_type NVARCHAR(200) NOT NULL,
    destination NVARCHAR(300) NULL,
    body NVARCHAR(MAX) NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL,
    lease_until DATETIMEOFFSET(6) NULL,
    sent_at DATETIMEOFFSET(6) NULL
);
CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (id) WHERE sent_at IS NULL;

CREATE TABLE wf_requests (
    request_key NVARCHAR(300) NOT NULL CONSTRAINT pk_wf_requests PRIMARY KEY,
    instance_id NVARCHAR(200) NOT NULL,
    command_type NVARCHAR(200) NOT NULL,
    first_seq BIGINT NOT NULL,
    last_seq BIGINT NOT NULL,
    created_at DATETIMEOFFSET(6) NOT NULL
);
