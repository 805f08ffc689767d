-- Durable runtime, PostgreSQL. Bodies and snapshots are text, not jsonb: the audit hash covers the exact bytes.

CREATE TABLE wf_instances (
    id text NOT NULL PRIMARY KEY,
    definition_id text NOT NULL,
    definition_version integer NOT NULL,
    status text NOT NULL,
    division_code text NULL,
    version bigint NOT NULL,
    head_hash text NOT NULL,
    snapshot text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX ix_wf_instances_created ON wf_instances (created_at);

-- Append-only: the hash chain (AuditChain) makes any later change visible, and the trigger refuses one.
CREATE TABLE wf_events (
    instance_id text NOT NULL,
    seq bigint NOT NULL,
    type text NOT NULL,
    body text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (instance_id, seq)
);
CREATE FUNCTION wf_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'wf_events is append-only';
END;
$$;
CREATE TRIGGER tr_wf_events_append_only BEFORE UPDATE OR DELETE ON wf_events
    FOR EACH ROW EXECUTE FUNCTION wf_events_append_only();

-- The inbox. Each inbox query has a partial index of open rows made for it.
CREATE TABLE wf_tasks (
    task_id text NOT NULL PRIMARY KEY,
    instance_id text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    post text NULL,
    level text NULL,
    division_code text NULL,
    department_code text NULL,
    status text NOT NULL,
    assignee_user_id text NULL,
    opened_at timestamptz NOT NULL,
    due_at timestamptz NULL,
    closed_at timestamptz NULL
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
    instance_id text NOT NULL,
    timer_id text NOT NULL,
    due_at timestamptz NOT NULL,
    lease_until timestamptz NULL,
    PRIMARY KEY (instance_id, timer_id)
);
CREATE INDEX ix_wf_timers_due ON wf_timers (due_at);

CREATE TABLE wf_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id text NOT NULL UNIQUE,
    instance_id text NOT NULL,
    message_type text NOT NULL,
    destination text NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    lease_until timestamptz NULL,
    sent_at timestamptz NULL
);
CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (id) WHERE sent_at IS NULL;

-- A request key names the events its first run committed: seq first_seq..last_seq of instance_id.
CREATE TABLE wf_requests (
    request_key text NOT NULL PRIMARY KEY,
    instance_id text NOT NULL,
    command_type text NOT NULL,
    first_seq bigint NOT NULL,
    last_seq bigint NOT NULL,
    created_at timestamptz NOT NULL
);
