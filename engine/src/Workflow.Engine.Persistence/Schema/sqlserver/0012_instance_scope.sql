-- Lists apply the access policy in their SQL (issue 10): a child-protection case is marked on its row, so a list can
-- leave it out for everyone the policy does not let see it. Rows written before this migration have NULL, which every
-- list treats as restricted until the case's next commit writes the flag.
-- Batches are separated by GO lines.
ALTER TABLE wf_instances ADD restricted INT NULL;
GO
CREATE INDEX ix_wf_instances_division ON wf_instances (division_code, created_at);
CREATE INDEX ix_wf_tasks_department ON wf_tasks (department_code, instance_id) WHERE department_code IS NOT NULL;
CREATE INDEX ix_wf_tasks_assignee ON wf_tasks (assignee_user_id, instance_id) WHERE assignee_user_id IS NOT NULL;
GO
-- The same mark on the integrated application, for 案件查询.
ALTER TABLE cw_applications ADD restricted INT NULL;
GO
-- A sub-case's own division (the household's), which the access policy counts as the application's too.
ALTER TABLE cw_application_items ADD case_division NVARCHAR(20) NULL;
GO
