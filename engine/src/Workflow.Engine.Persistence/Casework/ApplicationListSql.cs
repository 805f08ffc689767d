using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// A page of the newest applications in a scope. Scope filters use <c>LIKE prefix%</c> because a division's subtree is
/// exactly the codes that start with its significant digits.
/// </summary>
internal sealed class ApplicationListSql(SqlDialect dialect)
{
    private readonly string _applications = dialect.QuoteIdentifier("cw_applications");
    private readonly string _items = dialect.QuoteIdentifier("cw_application_items");

    public static ApplicationListSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new ApplicationListSql(d));

    /// <summary>A page of the newest applications matching <paramref name="scope"/> (<see cref="Condition"/>, alias <c>a</c>).</summary>
    public string ListApplications(string scope) => $"""
        SELECT {ApplicationSql.ApplicationSelectList}
        FROM {_applications} a
        WHERE {scope}
        ORDER BY created_at DESC, id
        {dialect.Page(dialect.Parameter("offset"), dialect.Parameter("limit"))}
        """;

    /// <summary>
    /// <see cref="CaseScope"/> over an application (alias <c>a</c>), as the access policy reads one: accepted at, decided
    /// in, or about a household of one of the areas (child-protection applications only when the scope sees them), or
    /// with a sub-case referred to one of the departments in its area. A row whose mark is not known counts as restricted.
    /// </summary>
    public string Condition(CaseScope scope, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(parameters);
        var reaches = new List<string>();
        if (scope.AreaPrefixes.Count > 0)
        {
            var areas = string.Join("\n        OR ", scope.AreaPrefixes.Select((prefix, n) =>
            {
                parameters.Add($"scope_area_{n}", prefix + "%");
                var area = dialect.Parameter($"scope_area_{n}");
                return $"""
                    a.window_division LIKE {area} OR a.deciding_division LIKE {area} OR EXISTS (SELECT 1 FROM {_items} ai
                        WHERE ai.application_id = a.id AND (ai.case_division LIKE {area} OR ai.deciding_division LIKE {area}))
                    """;
            }));
            reaches.Add(scope.SeesRestricted ? $"({areas})" : $"(({areas}) AND a.restricted = 0)");
        }
        for (var n = 0; n < scope.Departments.Count; n++)
        {
            parameters.Add($"scope_department_{n}", scope.Departments[n].DepartmentCode);
            parameters.Add($"scope_department_area_{n}", scope.Departments[n].AreaPrefix + "%");
            reaches.Add($"""
                EXISTS (SELECT 1 FROM {_items} di WHERE di.application_id = a.id
                    AND di.department_code = {dialect.Parameter($"scope_department_{n}")} AND di.deciding_division LIKE {dialect.Parameter($"scope_department_area_{n}")})
                """);
        }
        return reaches.Count == 0 ? "1 = 0" : "(" + string.Join("\n    OR ", reaches) + ")";
    }

    /// <summary>Whether the window division starts with one of the prefixes: <c>a.window_division LIKE @window_0 OR …</c>.</summary>
    public string WindowCondition(int prefixes) =>
        string.Join(" OR ", Enumerable.Range(0, prefixes).Select(n => $"a.window_division LIKE {dialect.Parameter($"window_{n}")}"));
}
