-- The floor of a durable approval on PostgreSQL (durable.sh): the store's tables and indexes as migrations 0001-0002
-- create them, seeded with 16,000 cases as the engine leaves them after StartInstance (a ~2.7 KB snapshot, 8 events,
-- one open task, two timers). approval.sql then writes one approval's rows per transaction, with no engine.
CREATE TABLE wf_instances (
    id text NOT NULL PRIMARY KEY, definition_id text NOT NULL, definition_version integer NOT NULL, status text NOT NULL,
    division_code text NULL, version bigint NOT NULL, head_hash text NOT NULL, snapshot text NOT NULL,
    created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
CREATE INDEX ix_wf_instances_created ON wf_instances (created_at);
CREATE TABLE wf_events (
    instance_id text NOT NULL, seq bigint NOT NULL, type text NOT NULL, body text NOT NULL, prev_hash text NOT NULL,
    hash text NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (instance_id, seq));
CREATE TABLE wf_tasks (
    task_id text NOT NULL PRIMARY KEY, instance_id text NOT NULL, kind text NOT NULL, title text NOT NULL, post text NULL,
    level text NULL, division_code text NULL, department_code text NULL, status text NOT NULL, assignee_user_id text NULL,
    opened_at timestamptz NOT NULL, due_at timestamptz NULL, closed_at timestamptz NULL, claimed_by text NULL, holder_user_id text NULL);
CREATE INDEX ix_wf_tasks_instance ON wf_tasks (instance_id);
CREATE INDEX ix_wf_tasks_assignee_open ON wf_tasks (assignee_user_id, opened_at) WHERE status = 'Open' AND assignee_user_id IS NOT NULL;
CREATE INDEX ix_wf_tasks_post_open ON wf_tasks (post, division_code, opened_at) WHERE status = 'Open' AND assignee_user_id IS NULL;
CREATE INDEX ix_wf_tasks_department_open ON wf_tasks (department_code, opened_at) WHERE status = 'Open' AND department_code IS NOT NULL;
CREATE INDEX ix_wf_tasks_due_open ON wf_tasks (due_at) WHERE status = 'Open' AND due_at IS NOT NULL;
CREATE TABLE wf_timers (
    instance_id text NOT NULL, timer_id text NOT NULL, due_at timestamptz NOT NULL, lease_until timestamptz NULL,
    PRIMARY KEY (instance_id, timer_id));
CREATE INDEX ix_wf_timers_due ON wf_timers (due_at);
CREATE SEQUENCE floor_seq;

INSERT INTO wf_instances
SELECT 'case-' || i, 'bench-approval', 1, 'Suspended', '500113102001', 8, repeat('0', 64), repeat('s', 2700), now(), now()
FROM generate_series(1, 16000) i;
INSERT INTO wf_events
SELECT 'case-' || i, nextval('floor_seq'), 'TaskOpened', repeat('b', 176), repeat('0', 64), repeat('0', 64), now()
FROM generate_series(1, 16000) i, generate_series(1, 8);
INSERT INTO wf_tasks
SELECT 'case-' || i || '-open', 'case-' || i, 'Approval', '审批', '村协理员', 'village', '500113102001', NULL, 'Open', NULL,
    now(), now() + interval '7 days', NULL, NULL, NULL
FROM generate_series(1, 16000) i;
INSERT INTO wf_timers
SELECT 'case-' || i, t, now() + interval '7 days', NULL FROM generate_series(1, 16000) i, (VALUES ('tm1'), ('tm2')) v(t);
VACUUM ANALYZE;
