using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Web.Definitions;

/// <summary>The statements of <see cref="DefinitionDocumentStore"/> in the host database's dialect.</summary>
internal sealed class DefinitionDocumentSql(SqlDialect dialect)
{
    private const string Columns =
        "definition_id AS DefinitionId, version AS Version, state AS State, body AS Body, saved_by AS SavedBy, saved_at AS SavedAt";

    public string List { get; } = $"SELECT {Columns} FROM wf_definition_documents ORDER BY definition_id, version";

    public string ListPublished { get; } =
        $"SELECT {Columns} FROM wf_definition_documents WHERE state = 'published' ORDER BY definition_id, version";

    public string Find { get; } = $"""
        SELECT {Columns} FROM wf_definition_documents
        WHERE definition_id = {dialect.Parameter("definition_id")} AND version = {dialect.Parameter("version")}
        """;

    public string MaxVersion { get; } = $"""
        SELECT MAX(version) FROM wf_definition_documents
        WHERE definition_id = {dialect.Parameter("definition_id")} AND state = 'published'
        """;

    public string DeleteDraft { get; } = $"""
        DELETE FROM wf_definition_documents
        WHERE definition_id = {dialect.Parameter("definition_id")} AND version = 0 AND state = 'draft'
        """;

    public string Insert { get; } = $"""
        INSERT INTO wf_definition_documents (definition_id, version, state, body, saved_by, saved_at)
        VALUES ({dialect.Parameter("definition_id")}, {dialect.Parameter("version")}, {dialect.Parameter("state")},
            {dialect.Parameter("body")}, {dialect.Parameter("saved_by")}, {dialect.Parameter("saved_at")})
        """;
}
