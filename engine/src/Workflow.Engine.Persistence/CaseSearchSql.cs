using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The case list's search (<see cref="CaseSearch"/>) over <c>wf_instances i</c>: a page and the count of everything the
/// scope and filter let through. The case number and applicant name also match the case's application
/// (<c>cw_application_items.instance_id</c>), where the window recorded the 受理编号 and the name.
/// </summary>
internal sealed class CaseSearchSql(SqlDialect dialect)
{
    private readonly string _instances = dialect.QuoteIdentifier("wf_instances");
    private readonly string _applications = dialect.QuoteIdentifier("cw_applications");
    private readonly string _items = dialect.QuoteIdentifier("cw_application_items");

    public static CaseSearchSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new CaseSearchSql(d));

    /// <summary>A page of the cases matching <paramref name="scope"/> (the scope and <see cref="SearchCondition"/>), newest first.</summary>
    public string Page(string scope) => $"""
        SELECT i.id AS InstanceId, i.definition_id AS DefinitionId, i.definition_version AS DefinitionVersion, i.status AS Status,
            i.division_code AS DivisionCode, i.created_at AS CreatedAt, i.updated_at AS UpdatedAt
        FROM {_instances} i
        WHERE {scope}
        ORDER BY i.created_at DESC, i.id
        {dialect.Page(dialect.Parameter("offset"), dialect.Parameter("limit"))}
        """;

    public string Count(string scope) => $"""
        SELECT COUNT(*)
        FROM {_instances} i
        WHERE {scope}
        """;

    /// <summary>The search's conditions on <c>i</c>, joined by AND to <paramref name="scope"/>; adds its parameters (<c>search_*</c>).</summary>
    public string SearchCondition(string scope, CaseSearch search, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(parameters);
        var conditions = new List<string> { scope };
        if (Given(search.CaseNumber) is { } number)
        {
            parameters.AddText("search_number", LikePattern.Containing(number));
            var p = P("search_number");
            conditions.Add($"""
                (i.id LIKE {p} {LikePattern.Escape} OR {Application($"na.case_number LIKE {p} {LikePattern.Escape}", "n")})
                """);
        }
        if (Given(search.ApplicantName) is { } name)
        {
            parameters.AddText("search_name", LikePattern.Containing(name));
            conditions.Add(Application($"na.applicant_name LIKE {P("search_name")} {LikePattern.Escape}", "n"));
        }
        if (Given(search.DefinitionId) is { } item)
        {
            parameters.AddText("search_item", item);
            conditions.Add($"i.definition_id = {P("search_item")}");
        }
        if (search.Statuses is { Count: > 0 } statuses)
        {
            for (var n = 0; n < statuses.Count; n++)
            {
                parameters.AddText(SqlDialect.ListParameter("search_status", n), statuses[n]);
            }
            conditions.Add($"i.status IN ({string.Join(", ", statuses.Select((_, n) => P(SqlDialect.ListParameter("search_status", n))))})");
        }
        if (search.CreatedFrom is { } from)
        {
            parameters.AddTime(dialect, "search_from", from);
            conditions.Add($"i.created_at >= {P("search_from")}");
        }
        if (search.CreatedBefore is { } before)
        {
            parameters.AddTime(dialect, "search_before", before);
            conditions.Add($"i.created_at < {P("search_before")}");
        }
        return string.Join("\n    AND ", conditions);
    }

    private string Application(string condition, string alias) => $"""
        EXISTS (SELECT 1 FROM {_items} {alias}i JOIN {_applications} {alias}a ON {alias}a.id = {alias}i.application_id
            WHERE {alias}i.instance_id = i.id AND {condition})
        """;

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string P(string name) => dialect.Parameter(name);
}
