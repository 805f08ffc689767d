using Dapper;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The case list's search (<see cref="CaseSearch"/>) over <c>wf_instances i</c>: a page and the count of everything the
/// scope and filter let through. The case number and applicant name also match the case's application
/// (<c>cw_application_items.instance_id</c>), where the window recorded the 受理编号 and the name; the name also matches
/// the one the case started with (<c>i.applicant_name</c>, its input's <c>applicantName</c> written at each commit), so a
/// case from an outside system is found.
/// </summary>
internal sealed class CaseSearchSql(SqlDialect dialect)
{
    private readonly string _instances = dialect.QuoteIdentifier("wf_instances");
    private readonly string _applications = dialect.QuoteIdentifier("cw_applications");
    private readonly string _items = dialect.QuoteIdentifier("cw_application_items");
    private readonly string _tasks = dialect.QuoteIdentifier("wf_tasks");

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

    /// <summary>
    /// The search's conditions on <c>i</c>, joined by AND to <paramref name="scope"/>; adds its parameters (<c>search_*</c>).
    /// A due-date range holds for an open step of the case, or, in a list of steps (<paramref name="taskAlias"/>, the inbox),
    /// for the listed step itself.
    /// </summary>
    public string SearchCondition(string scope, CaseSearch search, DynamicParameters parameters, string? taskAlias = null)
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
            // The window's record of the name, or the name the case started with (i.applicant_name, written at each
            // commit from its input: a case from an outside system, a 12345 ticket or an alert, has no application).
            conditions.Add($"""
                (i.applicant_name LIKE {P("search_name")} {LikePattern.Escape}
                    OR {Application($"na.applicant_name LIKE {P("search_name")} {LikePattern.Escape}", "n")})
                """);
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
        if (DivisionCode.From(search.DivisionCode) is { IsNationwide: false } division)
        {
            parameters.AddText("search_division", division.Prefix + "%");
            conditions.Add($"i.division_code LIKE {P("search_division")}");
        }
        if (Due(search, parameters, taskAlias is null ? "dt" : taskAlias) is { } due)
        {
            conditions.Add(taskAlias is null ? $"EXISTS (SELECT 1 FROM {_tasks} dt WHERE dt.instance_id = i.id AND dt.status = 'Open' AND {due})" : due);
        }
        return string.Join("\n    AND ", conditions);
    }

    private string? Due(CaseSearch search, DynamicParameters parameters, string alias)
    {
        var parts = new List<string>();
        if (search.DueFrom is { } from)
        {
            parameters.AddTime(dialect, "search_due_from", from);
            parts.Add($"{alias}.due_at >= {P("search_due_from")}");
        }
        if (search.DueBefore is { } before)
        {
            parameters.AddTime(dialect, "search_due_before", before);
            parts.Add($"{alias}.due_at < {P("search_due_before")}");
        }
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    private string Application(string condition, string alias) => $"""
        EXISTS (SELECT 1 FROM {_items} {alias}i JOIN {_applications} {alias}a ON {alias}a.id = {alias}i.application_id
            WHERE {alias}i.instance_id = i.id AND {condition})
        """;

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string P(string name) => dialect.Parameter(name);
}
