-- One who-may-act rule (issue 12): the inbox's SQL reads the same facts as TaskAuthority. audience is who an unheld
-- task is open to: 'named' (its candidates; a referral also its department), 'nobody' (every candidate had to step
-- aside, 回避: it waits for a manual assignment) or 'office' (the post in the division, any division when the task
-- names none, or the department). until_at ends a deputy's (代理) standing with the cover. Rows written before: a task
-- with candidate rows is 'named', any other 'office' (as the inbox read them), until the case's next commit writes it.
-- Batches are separated by GO lines.
ALTER TABLE wf_tasks ADD audience NVARCHAR(10) NULL;
GO
UPDATE wf_tasks SET audience = CASE
    WHEN EXISTS (SELECT 1 FROM wf_task_users u WHERE u.task_id = wf_tasks.task_id AND u.role = N'candidate') THEN N'named'
    ELSE N'office' END;
GO
ALTER TABLE wf_task_users ADD until_at DATETIMEOFFSET(6) NULL;
GO
