using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The statements of versioned casework documents (<c>cw_documents</c>): read, create at version 1, replace at the expected version.</summary>
internal sealed class DocumentSql
{
    public DocumentSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var documents = dialect.QuoteIdentifier("cw_documents");
        GetDocument = $"""
            SELECT name AS Name, version AS Version, body AS Body, updated_at AS UpdatedAt, updated_by AS UpdatedBy
            FROM {documents}
            WHERE name = {P("name")}
            """;
        InsertDocument = $"""
            INSERT INTO {documents} (name, version, body, updated_at, updated_by)
            VALUES ({P("name")}, 1, {P("body")}, {P("at")}, {P("by")})
            """;
        UpdateDocument = $"""
            UPDATE {documents}
            SET version = version + 1, body = {P("body")}, updated_at = {P("at")}, updated_by = {P("by")}
            WHERE name = {P("name")} AND version = {P("expected_version")}
            """;
    }

    public static DocumentSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new DocumentSql(d));

    public string GetDocument { get; }

    public string InsertDocument { get; }

    public string UpdateDocument { get; }
}

