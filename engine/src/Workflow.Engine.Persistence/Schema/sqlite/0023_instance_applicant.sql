-- The case list's applicant-name search (issue 12) reads a column, not every snapshot's JSON: applicant_name is the
-- name the case started with (input.applicantName), written at each commit beside division_code. Rows written before
-- are filled from their snapshot here. A search for a part of a name uses no b-tree index, so none is added.
ALTER TABLE wf_instances ADD COLUMN applicant_name TEXT NULL;
UPDATE wf_instances SET applicant_name = substr(json_extract(snapshot, '$.input.applicantName'), 1, 200)
WHERE json_type(snapshot, '$.input.applicantName') = 'text';
