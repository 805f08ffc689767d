-- One approval's rows in one round trip and one implicit transaction, as the store sends a commit (setup.sql):
-- the instance row, 11 events, the decided task and the next one, two timers deleted and two written.
\set i random(1, 16000)
\set n random(1, 2000000000)
UPDATE wf_instances SET status = 'Suspended', version = version + 11, head_hash = repeat('1', 64), snapshot = repeat('s', 2700), updated_at = now() WHERE id = 'case-' || :i AND version >= 0 \;
INSERT INTO wf_events SELECT 'case-' || :i, nextval('floor_seq'), 'TaskOpened', repeat('b', 176), repeat('0', 64), repeat('0', 64), now() FROM generate_series(1, 11) \;
INSERT INTO wf_tasks (task_id, instance_id, kind, title, post, level, division_code, department_code, status, assignee_user_id, opened_at, due_at, closed_at, claimed_by, holder_user_id) VALUES ('case-' || :i || '-open', 'case-' || :i, 'Approval', '审批', '村协理员', 'village', '500113102001', NULL, 'Completed', NULL, now(), now() + interval '7 days', now(), NULL, NULL), ('case-' || :i || '-' || :n, 'case-' || :i, 'Approval', '审批', '民政办', 'township', '500113102000', NULL, 'Open', NULL, now(), now() + interval '14 days', NULL, NULL, NULL) ON CONFLICT (task_id) DO UPDATE SET status = excluded.status, assignee_user_id = excluded.assignee_user_id, due_at = excluded.due_at, closed_at = excluded.closed_at, claimed_by = excluded.claimed_by, holder_user_id = excluded.holder_user_id \;
DELETE FROM wf_timers WHERE instance_id = 'case-' || :i AND timer_id IN ('tm1', 'tm2') \;
INSERT INTO wf_timers (instance_id, timer_id, due_at) VALUES ('case-' || :i, 'tm1', now() + interval '12 days'), ('case-' || :i, 'tm2', now() + interval '14 days') ON CONFLICT (instance_id, timer_id) DO UPDATE SET due_at = excluded.due_at
