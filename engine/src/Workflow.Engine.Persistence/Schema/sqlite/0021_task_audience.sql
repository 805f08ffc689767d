-- One who-may-act rule (issue 12): the inbox's SQL reads the same facts as TaskAuthority. audience is who an unheld
-- task is open to: 'named' (its candidates; a referral also its department), 'nobody' (every candidate had to step
-- aside, 回避: it waits for a manual assignment) or 'office' (the post in the division, any division when the task
-- names none, or the department). until_at ends a deputy's (代理) standing with the cover; a 'cover' row names every
-- deputy among an open task's candidates, standing now or not, for ending a cover early (never read by the inbox).
-- Open tasks written before: one with candidate rows is 'named', one whose snapshot records a fallback (回避) 'nobody',
-- any other 'office' (as the inbox read them), until the case's next commit writes it; closed tasks keep no audience.
-- SQLite cannot change a CHECK constraint: wf_task_users is built again (as in 0007), with until_at.
ALTER TABLE wf_tasks ADD COLUMN audience TEXT NULL;
UPDATE wf_tasks SET audience = CASE
    WHEN EXISTS (SELECT 1 FROM wf_task_users u WHERE u.task_id = wf_tasks.task_id AND u.role = 'candidate') THEN 'named'
    WHEN EXISTS (SELECT 1 FROM wf_instances i WHERE i.id = wf_tasks.instance_id
        AND json_extract(i.snapshot, '$.tasks."' || wf_tasks.task_id || '".opened.Fallback') IS NOT NULL) THEN 'nobody'
    ELSE 'office' END
WHERE status = 'Open';
CREATE TABLE wf_task_users_cover (
    task_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('candidate', 'holder', 'copy', 'cover')),
    opened_at INTEGER NOT NULL,
    until_at INTEGER NULL,
    PRIMARY KEY (task_id, user_id, role)
) WITHOUT ROWID;
INSERT INTO wf_task_users_cover (task_id, user_id, role, opened_at)
SELECT task_id, user_id, role, opened_at FROM wf_task_users;
DROP TABLE wf_task_users;
ALTER TABLE wf_task_users_cover RENAME TO wf_task_users;
CREATE INDEX ix_wf_task_users_user ON wf_task_users (user_id, role, opened_at);
