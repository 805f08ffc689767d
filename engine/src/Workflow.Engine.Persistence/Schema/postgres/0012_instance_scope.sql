-- Lists apply the access policy in their SQL (issue 10): a child-protection case is marked on its row, so a list can
-- leave it out for everyone the policy does not let see it. Rows written before this migration have NULL, which every
-- list treats as restricted until the case's next commit writes the flag.
ALTER TABLE wf_instances ADD COLUMN restricted INTEGER NULL;
CREATE INDEX ix_wf_instances_division ON wf_instances (division_code text_pattern_ops, created_at);
CREATE INDEX ix_wf_tasks_department ON wf_tasks (department_code, instance_id) WHERE department_code IS NOT NULL;
CREATE INDEX ix_wf_tasks_assignee ON wf_tasks (assignee_user_id, instance_id) WHERE assignee_user_id IS NOT NULL;
-- The same mark on the integrated application, for 案件查询.
ALTER TABLE cw_applications ADD COLUMN restricted INTEGER NULL;
-- A sub-case's own division (the household's), which the access policy counts as the application's too.
ALTER TABLE cw_application_items ADD COLUMN case_division TEXT NULL;
