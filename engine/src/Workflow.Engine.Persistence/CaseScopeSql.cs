using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The access scope of a list (<see cref="CaseScope"/>) as a SQL condition. Every list a person reads puts its scope in
/// its WHERE clause, so its <c>LIMIT</c> counts only rows the person may see. Scope filters use <c>LIKE prefix%</c>
/// because a division's subtree is exactly the codes that start with its significant digits.
/// </summary>
internal sealed class CaseScopeSql(SqlDialect dialect)
{
    private readonly string _instances = dialect.QuoteIdentifier("wf_instances");
    private readonly string _tasks = dialect.QuoteIdentifier("wf_tasks");
    private readonly string _taskUsers = dialect.QuoteIdentifier("wf_task_users");

    public static CaseScopeSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new CaseScopeSql(d));

    /// <summary>
    /// <c>EXISTS (…)</c>: the instance whose id is <paramref name="instanceId"/> (a column of the outer query) is in
    /// <paramref name="scope"/>. Adds its parameters (<c>scope_*</c>) to <paramref name="parameters"/>. A case whose
    /// child-protection flag is not yet known (NULL, written before the flag existed) counts as restricted.
    /// </summary>
    public string Condition(CaseScope scope, string instanceId, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(parameters);
        var reaches = new List<string>();
        if (scope.AreaPrefixes.Count > 0)
        {
            var areas = string.Join(" OR ", scope.AreaPrefixes.Select((prefix, n) =>
            {
                parameters.Add($"scope_area_{n}", prefix + "%");
                return $"si.division_code LIKE {P($"scope_area_{n}")}";
            }));
            reaches.Add(scope.SeesRestricted ? $"({areas})" : $"(({areas}) AND si.restricted = 0)");
        }
        if (scope.PersonId is { } person)
        {
            parameters.Add("scope_person", person);
            var standing = "";
            if (scope.At is { } at)
            {
                parameters.AddTime(dialect, "scope_at", at);
                standing = $" AND (su.until_at IS NULL OR su.until_at > {P("scope_at")})";
            }
            reaches.Add($"""
                EXISTS (SELECT 1 FROM {_tasks} st WHERE st.instance_id = si.id AND (st.assignee_user_id = {P("scope_person")}
                    OR EXISTS (SELECT 1 FROM {_taskUsers} su WHERE su.task_id = st.task_id AND su.user_id = {P("scope_person")}
                        AND su.role <> '{TaskUsers.Cover}'{standing})))
                """);
        }
        for (var n = 0; n < scope.Departments.Count; n++)
        {
            parameters.Add($"scope_department_{n}", scope.Departments[n].DepartmentCode);
            parameters.Add($"scope_department_area_{n}", scope.Departments[n].AreaPrefix + "%");
            reaches.Add($"""
                EXISTS (SELECT 1 FROM {_tasks} dt WHERE dt.instance_id = si.id AND dt.department_code = {P($"scope_department_{n}")}
                    AND dt.division_code LIKE {P($"scope_department_area_{n}")})
                """);
        }
        var reach = reaches.Count == 0 ? "1 = 0" : string.Join("\n    OR ", reaches);
        return $"EXISTS (SELECT 1 FROM {_instances} si WHERE si.id = {instanceId} AND ({reach}))";
    }

    private string P(string name) => dialect.Parameter(name);
}
