-- The floor of a durable approval on PostgreSQL (durable.sh). durable.sh first runs the store's own migrations
-- (Schema/postgres/0001, 0002), so the tables and indexes are exactly the store's; this seeds 16,000 cases as the
-- engine leaves them after StartInstance (a ~2.7 KB snapshot, 8 events, one open task, two timers). approval.sql
-- then writes one approval's rows per transaction, with no engine.
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
