-- Performance (issue 3): the task, timer and task-user tables become WITHOUT ROWID, clustered on their primary key.
-- A rowid table keeps its rows in one B-tree and its key in a second one, so every write touched both; a commit
-- writes each page it touches to the WAL in full, and that volume (not the row count) set the cost of an approval.
-- Clustered, a task row, an instance's timers and a task's users each live in one B-tree.

CREATE TABLE wf_tasks_clustered (
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
    closed_at INTEGER NULL,
    claimed_by TEXT NULL,
    holder_user_id TEXT NULL
) WITHOUT ROWID;
INSERT INTO wf_tasks_clustered (task_id, instance_id, kind, title, post, level, division_code, department_code, status,
    assignee_user_id, opened_at, due_at, closed_at, claimed_by, holder_user_id)
SELECT task_id, instance_id, kind, title, post, level, division_code, department_code, status,
    assignee_user_id, opened_at, due_at, closed_at, claimed_by, holder_user_id
FROM wf_tasks;
DROP TABLE wf_tasks;
ALTER TABLE wf_tasks_clustered RENAME TO wf_tasks;
CREATE INDEX ix_wf_tasks_instance ON wf_tasks (instance_id);
CREATE INDEX ix_wf_tasks_assignee_open ON wf_tasks (assignee_user_id, opened_at)
    WHERE status = 'Open' AND assignee_user_id IS NOT NULL;
-- The count badge reads this index alone only if it holds every column the query names, the two its WHERE already
-- implies included; otherwise each counted entry costs a search of the table by task id.
CREATE INDEX ix_wf_tasks_post_open ON wf_tasks (post, division_code, opened_at, status, assignee_user_id)
    WHERE status = 'Open' AND assignee_user_id IS NULL;
CREATE INDEX ix_wf_tasks_department_open ON wf_tasks (department_code, opened_at)
    WHERE status = 'Open' AND department_code IS NOT NULL;
CREATE INDEX ix_wf_tasks_due_open ON wf_tasks (due_at)
    WHERE status = 'Open' AND due_at IS NOT NULL;

CREATE TABLE wf_timers_clustered (
    instance_id TEXT NOT NULL,
    timer_id TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    lease_until INTEGER NULL,
    PRIMARY KEY (instance_id, timer_id)
) WITHOUT ROWID;
INSERT INTO wf_timers_clustered (instance_id, timer_id, due_at, lease_until)
SELECT instance_id, timer_id, due_at, lease_until FROM wf_timers;
DROP TABLE wf_timers;
ALTER TABLE wf_timers_clustered RENAME TO wf_timers;
CREATE INDEX ix_wf_timers_due ON wf_timers (due_at);

CREATE TABLE wf_task_users_clustered (
    task_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('candidate', 'holder', 'copy')),
    opened_at INTEGER NOT NULL,
    PRIMARY KEY (task_id, user_id, role)
) WITHOUT ROWID;
INSERT INTO wf_task_users_clustered (task_id, user_id, role, opened_at)
SELECT task_id, user_id, role, opened_at FROM wf_task_users;
DROP TABLE wf_task_users;
ALTER TABLE wf_task_users_clustered RENAME TO wf_task_users;
CREATE INDEX ix_wf_task_users_user ON wf_task_users (user_id, role, opened_at);
