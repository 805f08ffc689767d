-- One who-may-act rule (issue 12): the inbox's SQL reads the same facts as TaskAuthority. audience is who an unheld
-- task is open to: 'named' (its candidates; a referral also its department), 'nobody' (every candidate had to step
-- aside, 回避: it waits for a manual assignment) or 'office' (the post in the division, any division when the task
-- names none, or the department). until_at ends a deputy's (代理) standing with the cover; a 'cover' row names every
-- deputy among an open task's candidates, standing now or not, for ending a cover early (never read by the inbox).
-- Open tasks written before: one with candidate rows is 'named', one whose snapshot records a fallback (回避) 'nobody',
-- any other 'office' (as the inbox read them), until the case's next commit writes it; closed tasks keep no audience.
ALTER TABLE wf_tasks ADD COLUMN audience text NULL;
UPDATE wf_tasks SET audience = CASE
    WHEN EXISTS (SELECT 1 FROM wf_task_users u WHERE u.task_id = wf_tasks.task_id AND u.role = 'candidate') THEN 'named'
    WHEN EXISTS (SELECT 1 FROM wf_instances i WHERE i.id = wf_tasks.instance_id
        AND (i.snapshot::json -> 'tasks' -> wf_tasks.task_id -> 'opened' ->> 'Fallback') IS NOT NULL) THEN 'nobody'
    ELSE 'office' END
WHERE status = 'Open';
ALTER TABLE wf_task_users ADD COLUMN until_at timestamptz NULL;
ALTER TABLE wf_task_users DROP CONSTRAINT wf_task_users_role_check;
ALTER TABLE wf_task_users ADD CONSTRAINT wf_task_users_role_check CHECK (role IN ('candidate', 'holder', 'copy', 'cover'));
