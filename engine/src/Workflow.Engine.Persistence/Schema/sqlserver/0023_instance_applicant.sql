-- The case list's applicant-name search (issue 12) reads a column, not every snapshot's JSON: applicant_name is the
-- name the case started with (input.applicantName), written at each commit beside division_code. Rows written before
-- are filled from their snapshot here. A search for a part of a name uses no b-tree index, so none is added.
-- Batches are separated by GO lines.
ALTER TABLE wf_instances ADD applicant_name NVARCHAR(200) NULL;
GO
UPDATE wf_instances SET applicant_name = LEFT(JSON_VALUE(snapshot, '$.input.applicantName'), 200)
WHERE ISJSON(snapshot) = 1;
GO
