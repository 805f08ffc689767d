-- Workflow definition documents edited in the web host (web/Workflow.Web/Definitions). Batches are separated by GO lines.
-- A definition has at most one draft (state 'draft', version 0) and any number of published versions; the primary
-- key keeps two administrators from publishing the same version number.

CREATE TABLE wf_definition_documents (
    definition_id NVARCHAR(200) NOT NULL,
    version INT NOT NULL,
    state NVARCHAR(20) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    saved_by NVARCHAR(100) NOT NULL,
    saved_at DATETIMEOFFSET(6) NOT NULL,
    CONSTRAINT pk_wf_definition_documents PRIMARY KEY (definition_id, version)
);
GO
