-- Workflow definition documents edited in the web host (web/Workflow.Web/Definitions). A definition has at most one
-- draft (state 'draft', version 0) and any number of published versions; the primary key keeps two administrators
-- from publishing the same version number.

CREATE TABLE wf_definition_documents (
    definition_id VARCHAR(200) NOT NULL,
    version INTEGER NOT NULL,
    state VARCHAR(20) NOT NULL,
    body TEXT NOT NULL,
    saved_by VARCHAR(100) NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (definition_id, version)
);
