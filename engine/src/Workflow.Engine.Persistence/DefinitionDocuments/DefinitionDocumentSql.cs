using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.DefinitionDocuments;

/// <summary>The statements of <see cref="DefinitionDocumentStore"/> (<c>wf_definition_documents</c>).</summary>
internal sealed class DefinitionDocumentSql
{
    private const string Columns =
        "definition_id AS DefinitionId, version AS Version, state AS State, body AS Body, saved_by AS SavedBy, saved_at AS SavedAt";

    public DefinitionDocumentSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var documents = dialect.QuoteIdentifier("wf_definition_documents");
        List = $"SELECT {Columns} FROM {documents} ORDER BY definition_id, version";
        ListPublished = $"SELECT {Columns} FROM {documents} WHERE state = '{DefinitionStates.Published}' ORDER BY definition_id, version";
        Find = $"""
            SELECT {Columns} FROM {documents}
            WHERE definition_id = {P("definition_id")} AND version = {P("version")}
            """;
        MaxVersion = $"""
            SELECT MAX(version) FROM {documents}
            WHERE definition_id = {P("definition_id")} AND state = '{DefinitionStates.Published}'
            """;
        DeleteDraft = $"""
            DELETE FROM {documents}
            WHERE definition_id = {P("definition_id")} AND version = {DefinitionStates.DraftVersion} AND state = '{DefinitionStates.Draft}'
            """;
        Insert = $"""
            INSERT INTO {documents} (definition_id, version, state, body, saved_by, saved_at)
            VALUES ({P("definition_id")}, {P("version")}, {P("state")}, {P("body")}, {P("saved_by")}, {P("saved_at")})
            """;
    }

    public static DefinitionDocumentSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new DefinitionDocumentSql(d));

    public string List { get; }

    public string ListPublished { get; }

    public string Find { get; }

    public string MaxVersion { get; }

    public string DeleteDraft { get; }

    public string Insert { get; }
}
