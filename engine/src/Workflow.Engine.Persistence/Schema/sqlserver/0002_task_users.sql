-- Task operations (issue 4), SQL Server: who claimed a task and who holds it now, and the users each task concerns
-- (wf_task_users), rewritten with the task row in the same transaction. candidate and holder rows exist only while
-- the task is open; copy rows stay.

ALTER TABLE wf_tasks ADD claimed_by NVARCHAR(100) NULL, holder_user_id NVARCHAR(100) NULL;

CREATE TABLE wf_task_users (
    task_id NVARCHAR(250) NOT NULL,
    user_id NVARCHAR(100) NOT NULL,
    role NVARCHAR(20) NOT NULL CONSTRAINT ck_wf_task_users_role CHECK (role IN (N'candidate', N'holder', N'copy')),
    opened_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_wf_task_users PRIMARY KEY (task_id, user_id, role)
);
CREATE INDEX ix_wf_task_users_user ON wf_task_users (user_id, role, opened_at);
