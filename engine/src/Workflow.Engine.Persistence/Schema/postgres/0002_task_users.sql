-- Task operations (issue 4): who claimed a task and who holds it now, and the users each task concerns, so that an
-- inbox of "tasks I may act on or am copied on" is one index range per user. Rows of wf_task_users are rewritten
-- with the task row in the same transaction. candidate and holder rows exist only while the task is open (a held
-- task has a holder row and no candidate rows); copy rows stay.

ALTER TABLE wf_tasks ADD COLUMN claimed_by text NULL;
ALTER TABLE wf_tasks ADD COLUMN holder_user_id text NULL;

CREATE TABLE wf_task_users (
    task_id text NOT NULL,
    user_id text NOT NULL,
    role text NOT NULL CHECK (role IN ('candidate', 'holder', 'copy')),
    opened_at timestamptz NOT NULL,
    PRIMARY KEY (task_id, user_id, role)
);
CREATE INDEX ix_wf_task_users_user ON wf_task_users (user_id, role, opened_at);
