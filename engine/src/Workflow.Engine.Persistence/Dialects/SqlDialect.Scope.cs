using Dapper;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The access scope of a list (<see cref="CaseScope"/>) as a SQL condition, and paging. Every list a person reads puts
/// its scope in its WHERE clause, so its <c>LIMIT</c> counts only rows the person may see.
/// </summary>
public abstract partial class SqlDialect
{
    /// <summary>
    /// <c>EXISTS (…)</c>: the instance whose id is <paramref name="instanceId"/> (a column of the outer query) is in
    /// <paramref name="scope"/>. Adds its parameters (<c>scope_*</c>) to <paramref name="parameters"/>. A case whose
    /// child-protection flag is not yet known (NULL, written before the flag existed) counts as restricted.
    /// </summary>
    public string ScopeCondition(CaseScope scope, string instanceId, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(parameters);
        var reaches = new List<string>();
        if (scope.AreaPrefixes.Count > 0)
        {
            var areas = string.Join(" OR ", scope.AreaPrefixes.Select((prefix, n) =>
            {
                parameters.Add($"scope_area_{n}", prefix + "%");
                return $"si.division_code LIKE {Parameter($"scope_area_{n}")}";
            }));
            reaches.Add(scope.SeesRestricted ? $"({areas})" : $"(({areas}) AND si.restricted = 0)");
        }
        if (scope.PersonId is { } person)
        {
            parameters.Add("scope_person", person);
            reaches.Add($"""
                EXISTS (SELECT 1 FROM {Tasks} st WHERE st.instance_id = si.id AND (st.assignee_user_id = {Parameter("scope_person")}
                    OR EXISTS (SELECT 1 FROM {TaskUsersTable} su WHERE su.task_id = st.task_id AND su.user_id = {Parameter("scope_person")})))
                """);
        }
        for (var n = 0; n < scope.Departments.Count; n++)
        {
            parameters.Add($"scope_department_{n}", scope.Departments[n].DepartmentCode);
            parameters.Add($"scope_department_area_{n}", scope.Departments[n].AreaPrefix + "%");
            reaches.Add($"""
                EXISTS (SELECT 1 FROM {Tasks} dt WHERE dt.instance_id = si.id AND dt.department_code = {Parameter($"scope_department_{n}")}
                    AND dt.division_code LIKE {Parameter($"scope_department_area_{n}")})
                """);
        }
        var reach = reaches.Count == 0 ? "1 = 0" : string.Join("\n    OR ", reaches);
        return $"EXISTS (SELECT 1 FROM {Instances} si WHERE si.id = {instanceId} AND ({reach}))";
    }

    /// <summary>Rows <c>offset</c> to <c>offset + limit</c> of an ordered query: after its ORDER BY.</summary>
    protected virtual string Page(string offset, string limit) => $"LIMIT {limit} OFFSET {offset}";

    /// <summary>A page of the cases in a scope, newest first.</summary>
    public string RenderScopedInstancesSql(string scope) => $"""
        SELECT id AS InstanceId, definition_id AS DefinitionId, definition_version AS DefinitionVersion, status AS Status,
            division_code AS DivisionCode, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM {Instances} i
        WHERE {scope}
        ORDER BY created_at DESC, id
        {Page(Parameter("offset"), Parameter("limit"))}
        """;

    /// <summary>
    /// A page of the tasks of the cases in a scope, oldest first, filtered by the caller's choices (each <c>NULL</c>
    /// parameter matches every row): post, division subtree, department, the officer who completed it, and status;
    /// oldest first, or the most recently closed first.
    /// </summary>
    public string RenderScopedTasksSql(string scope, string status, bool newestFirst = false) => $"""
        SELECT {TaskSelectList}
        FROM {Tasks} t
        WHERE {scope}
            AND ({Parameter("post")} IS NULL OR post = {Parameter("post")})
            AND ({Parameter("division_prefix")} IS NULL OR division_code LIKE {Parameter("division_prefix")})
            AND ({Parameter("department_code")} IS NULL OR department_code = {Parameter("department_code")})
            AND ({Parameter("actor_id")} IS NULL OR (assignee_user_id = {Parameter("actor_id")} AND status = 'Completed'))
            {status}
        ORDER BY {(newestFirst ? "COALESCE(closed_at, opened_at) DESC" : "opened_at")}, instance_id, task_id
        {Page(Parameter("offset"), Parameter("limit"))}
        """;
}
