-- Durable runtime, SQLite. Times are INTEGER UTC microseconds since 1970 (SqliteDialect.ToDbTime).

CREATE TABLE wf_instances (
    id TEXT NOT NULL PRIMARY KEY,
    definition_id TEXT NOT NULL,
    definition_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    division_code TEXT NULL,
    version INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_wf_instances_created ON wf_instances (created_at);

-- Append-only: the hash chain (AuditChain) makes any later change visible, and the triggers refuse one.
CREATE TABLE wf_events (
    instance_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (instance_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER tr_wf_events_no_update BEFORE UPDATE ON wf_events
BEGIN
    SELECT RAISE(ABORT, 'wf_events is append-only');
END;
CREATE TRIGGER tr_wf_events_no_delete BEFORE DELETE ON wf_events
BEGIN
    SELECT RAISE(ABORT, 'wf_events is append-only');
END;

-- The inbox. Each inbox query has a partial index of open rows made for it.
CREATE TABLE wf_tasks (
    task_id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    post TEXT NULL,
    level TEXT NULL,
    division_code TEXT NULL,
    department_code TEXT NULL,
    status TEXT NOT NULL,
    assignee_user_id TEXT NULL,
    opened_at INTEGER NOT NULL,
    due_at INTEGER NULL,
    closed_at INTEGER NULL
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
    instance_id TEXT NOT NULL,
    timer_id TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    lease_until INTEGER NULL,
    PRIMARY KEY (instance_id, timer_id)
);
CREATE INDEX ix_wf_timers_due ON wf_timers (due_at);

CREATE TABLE wf_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    instance_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    destination TEXT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    lease_until INTEGER NULL,
    sent_at INTEGER NULL
);
CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (id) WHERE sent_at IS NULL;

-- A request key names the events its first run committed: seq first_seq..last_seq of instance_id.
CREATE TABLE wf_requests (
    request_key TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL,
    command_type TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
