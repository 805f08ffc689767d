using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>受理记录's search (<see cref="ApplicationSearch"/>) over <c>cw_applications a</c>, and the count of what it finds.</summary>
internal sealed class ApplicationSearchSql(SqlDialect dialect)
{
    private readonly string _applications = dialect.QuoteIdentifier("cw_applications");
    private readonly string _items = dialect.QuoteIdentifier("cw_application_items");

    public static ApplicationSearchSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new ApplicationSearchSql(d));

    /// <summary>How many applications match <paramref name="scope"/> (the scope and <see cref="SearchCondition"/>).</summary>
    public string Count(string scope) => $"""
        SELECT COUNT(*)
        FROM {_applications} a
        WHERE {scope}
        """;

    /// <summary>The search's conditions on <c>a</c>, each prefixed with AND; adds its parameters (<c>search_*</c>).</summary>
    public string SearchCondition(ApplicationSearch search, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(parameters);
        var conditions = new List<string>();
        if (Given(search.CaseNumber) is { } number)
        {
            parameters.AddText("search_number", LikePattern.Containing(number));
            conditions.Add($"a.case_number LIKE {P("search_number")} {LikePattern.Escape}");
        }
        if (Given(search.ApplicantName) is { } name)
        {
            parameters.AddText("search_name", LikePattern.Containing(name));
            conditions.Add($"a.applicant_name LIKE {P("search_name")} {LikePattern.Escape}");
        }
        if (Given(search.ItemCode) is { } item)
        {
            parameters.AddText("search_item", item);
            conditions.Add($"EXISTS (SELECT 1 FROM {_items} si WHERE si.application_id = a.id AND si.item_code = {P("search_item")})");
        }
        if (Given(search.Status) is { } status)
        {
            parameters.AddText("search_status", status);
            conditions.Add($"a.status = {P("search_status")}");
        }
        if (search.AcceptedFrom is { } from)
        {
            parameters.AddTime(dialect, "search_from", from);
            conditions.Add($"a.created_at >= {P("search_from")}");
        }
        if (search.AcceptedBefore is { } before)
        {
            parameters.AddTime(dialect, "search_before", before);
            conditions.Add($"a.created_at < {P("search_before")}");
        }
        return string.Concat(conditions.Select(c => "\n    AND " + c));
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string P(string name) => dialect.Parameter(name);
}
