using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Schema;

/// <summary>The statements of <see cref="ScopeBackfill"/>: the one-time fill of the list-scope columns.</summary>
internal sealed class ScopeBackfillSql
{
    public ScopeBackfillSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var instances = dialect.QuoteIdentifier("wf_instances");
        var applications = dialect.QuoteIdentifier("cw_applications");
        var items = dialect.QuoteIdentifier("cw_application_items");
        UnmarkedInstances = $"""
            SELECT {dialect.Top(P("limit"))} id, snapshot FROM {instances} WHERE restricted IS NULL ORDER BY id
            {dialect.Limit(P("limit"))}
            """;
        MarkInstance = $"UPDATE {instances} SET restricted = {P("restricted")} WHERE id = {P("id")} AND restricted IS NULL";
        MarkApplications = $"""
            UPDATE {applications} SET restricted = CASE WHEN EXISTS (SELECT 1 FROM {items} ai
                JOIN {instances} i ON i.id = ai.instance_id WHERE ai.application_id = {applications}.id AND i.restricted = 1) THEN 1 ELSE 0 END
            WHERE restricted IS NULL
            """;
        FillCaseDivisions = $"""
            UPDATE {items} SET case_division = (SELECT i.division_code FROM {instances} i WHERE i.id = {items}.instance_id)
            WHERE case_division IS NULL AND instance_id IS NOT NULL
            """;
    }

    public static ScopeBackfillSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new ScopeBackfillSql(d));

    /// <summary>A batch of instances whose child-protection mark is not known yet.</summary>
    public string UnmarkedInstances { get; }

    public string MarkInstance { get; }

    /// <summary>An application is restricted when one of its sub-cases is.</summary>
    public string MarkApplications { get; }

    public string FillCaseDivisions { get; }
}
