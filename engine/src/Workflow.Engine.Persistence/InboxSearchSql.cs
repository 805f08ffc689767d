using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The inbox search (<see cref="InboxSearch"/>) over <c>wf_tasks t</c> joined to its case <c>wf_instances i</c>: one tab's
/// page and count, with the who-may-act rule, the scope and the case filter (<see cref="CaseSearchSql"/>) in one WHERE.
/// </summary>
internal sealed class InboxSearchSql(SqlDialect dialect)
{
    private readonly string _tasks = dialect.QuoteIdentifier("wf_tasks");
    private readonly string _taskUsers = dialect.QuoteIdentifier("wf_task_users");
    private readonly string _instances = dialect.QuoteIdentifier("wf_instances");

    public static InboxSearchSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new InboxSearchSql(d));

    /// <summary>A page of 待办 or 超期 matching <paramref name="scope"/> (the tab, the scope and the filter): nearest deadline first, none last.</summary>
    public string Page(string scope) => Select(scope, "CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.opened_at, t.task_id");

    /// <summary>A page of 已办: the most recently closed first.</summary>
    public string ClosedPage(string scope) => Select(scope, "t.closed_at DESC, t.task_id");

    /// <summary>A page of 抄送: the newest first.</summary>
    public string CopiedPage(string scope) => Select(scope, "t.opened_at DESC, t.task_id");

    public string Count(string scope) => $"""
        SELECT COUNT(*)
        FROM {_tasks} t
        JOIN {_instances} i ON i.id = t.instance_id
        WHERE {scope}
        """;

    /// <summary>The page statement of a tab.</summary>
    internal string PageOf(InboxBox box, string scope) => box switch
    {
        InboxBox.Done => ClosedPage(scope),
        InboxBox.Copied => CopiedPage(scope),
        _ => Page(scope),
    };

    /// <summary>The tab's condition on <c>t</c> (<see cref="InboxBox"/>); adds its parameters (<c>inbox_*</c>).</summary>
    public string BoxCondition(InboxSearch search, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.AddText("inbox_user", search.Actor.Id);
        switch (search.Box)
        {
            case InboxBox.Done:
                return $"t.assignee_user_id = {P("inbox_user")} AND t.status = 'Completed'";
            case InboxBox.Copied:
                return $"EXISTS (SELECT 1 FROM {_taskUsers} cu WHERE cu.task_id = t.task_id AND cu.user_id = {P("inbox_user")} AND cu.role = '{TaskUsers.Copy}')";
            case InboxBox.Overdue:
                parameters.AddTime(dialect, "inbox_now", search.Now);
                return $"{MayActCondition(search.Actor, parameters)}\n    AND t.due_at IS NOT NULL AND t.due_at < {P("inbox_now")}";
            default:
                return MayActCondition(search.Actor, parameters);
        }
    }

    /// <summary>
    /// The inbox's who-may-act rule, in SQL and in this one place (the SQL side of <c>TaskAuthority</c>): an open task
    /// the person holds or may claim as a resolved candidate or pending signer (the task-user rows), has claimed, is
    /// offered to their post in one of their offices while nobody has claimed it, or belongs to a department they act for.
    /// </summary>
    public string MayActCondition(Actor actor, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.AddText("inbox_user", actor.Id);
        var ways = new List<string>
        {
            $"EXISTS (SELECT 1 FROM {_taskUsers} mu WHERE mu.task_id = t.task_id AND mu.user_id = {P("inbox_user")} AND mu.role IN ('{TaskUsers.Holder}', '{TaskUsers.Candidate}'))",
            $"t.assignee_user_id = {P("inbox_user")}",
        };
        if (actor.Posts.Count > 0 && actor.DivisionCodes.Count > 0)
        {
            AddList(parameters, "inbox_post", actor.Posts);
            AddList(parameters, "inbox_division", actor.DivisionCodes);
            ways.Add($"(t.assignee_user_id IS NULL AND t.post IN {dialect.InList("inbox_post", actor.Posts.Count)} AND t.division_code IN {dialect.InList("inbox_division", actor.DivisionCodes.Count)})");
        }
        if (actor.Departments.Count > 0)
        {
            AddList(parameters, "inbox_department", actor.Departments);
            ways.Add($"t.department_code IN {dialect.InList("inbox_department", actor.Departments.Count)}");
        }
        return $"t.status = 'Open' AND ({string.Join("\n        OR ", ways)})";
    }

    private static void AddList(DynamicParameters parameters, string name, IReadOnlyList<string> values)
    {
        for (var n = 0; n < values.Count; n++)
        {
            parameters.AddText(SqlDialect.ListParameter(name, n), values[n]);
        }
    }

    private string Select(string scope, string order) => $"""
        SELECT {TaskSql.JoinedTaskSelectList}
        FROM {_tasks} t
        JOIN {_instances} i ON i.id = t.instance_id
        WHERE {scope}
        ORDER BY {order}
        {dialect.Page(P("offset"), P("limit"))}
        """;

    private string P(string name) => dialect.Parameter(name);
}
