-- Workflow definition documents edited in the web host (web/Workflow.Web/Definitions). Times are INTEGER UTC
-- microseconds since 1970. A definition has at most one draft (state 'draft', version 0) and any number of published
-- versions; the primary key keeps two administrators from publishing the same version number.

CREATE TABLE wf_definition_documents (
    definition_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    state TEXT NOT NULL,
    body TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (definition_id, version)
);
