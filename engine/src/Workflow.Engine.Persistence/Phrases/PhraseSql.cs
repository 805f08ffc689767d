using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Phrases;

/// <summary>The statements of <see cref="PhraseStore"/> (<c>wf_phrases</c>, migration 0019).</summary>
internal sealed class PhraseSql
{
    private const string Columns =
        "id AS Id, owner_kind AS OwnerKind, owner_id AS OwnerId, body AS Body, created_by AS CreatedBy, created_at AS CreatedAt";

    public PhraseSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var phrases = dialect.QuoteIdentifier("wf_phrases");
        List = $"""
            SELECT {Columns} FROM {phrases}
            WHERE owner_kind = {P("owner_kind")} AND owner_id = {P("owner_id")}
            ORDER BY created_at, id
            """;
        Find = $"SELECT {Columns} FROM {phrases} WHERE id = {P("id")}";
        Insert = $"""
            INSERT INTO {phrases} (id, owner_kind, owner_id, body, created_by, created_at)
            VALUES ({P("id")}, {P("owner_kind")}, {P("owner_id")}, {P("body")}, {P("created_by")}, {P("created_at")})
            """;
        Delete = $"DELETE FROM {phrases} WHERE id = {P("id")} AND owner_kind = {P("owner_kind")} AND owner_id = {P("owner_id")}";
    }

    public static PhraseSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new PhraseSql(d));

    public string List { get; }

    public string Find { get; }

    public string Insert { get; }

    public string Delete { get; }
}
