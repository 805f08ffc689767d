using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;

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
                return $"{MayActCondition(search.Actor, search.Now, parameters)}\n    AND t.due_at IS NOT NULL AND t.due_at < {P("inbox_now")}";
            default:
                return MayActCondition(search.Actor, search.Now, parameters);
        }
    }

    /// <summary>
    /// The inbox's who-may-act rule: <c>TaskAuthority.MayAct</c> in SQL, in this one place, over the facts a commit writes
    /// (the conformance tests hold the two to the same answers). An open task the person holds; else, nobody holding it,
    /// one that names them (a task-user row: a candidate who may take it, a signer whose answer is due, a deputy while
    /// the cover lasts), a referral with candidates to a department they act for, or one open to an office (audience
    /// <c>office</c>): a department they act for, or their post in one of their offices (or any, when it names none).
    /// A task open to nobody (回避) waits for a manual assignment.
    /// </summary>
    public string MayActCondition(Actor actor, DateTimeOffset now, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.AddText("inbox_user", actor.Id);
        parameters.AddTime(dialect, "inbox_at", now);
        var unheld = new List<string>
        {
            $"EXISTS (SELECT 1 FROM {_taskUsers} mu WHERE mu.task_id = t.task_id AND mu.user_id = {P("inbox_user")} AND mu.role = '{TaskUsers.Candidate}'"
                + $" AND (mu.until_at IS NULL OR mu.until_at > {P("inbox_at")}))",
        };
        var office = new List<string>();
        if (actor.Departments.Count > 0)
        {
            AddList(parameters, "inbox_department", actor.Departments);
            var department = $"t.department_code IN {dialect.InList("inbox_department", actor.Departments.Count)}";
            unheld.Add($"(t.audience = '{Named}' AND t.kind = '{nameof(TaskKind.Referral)}' AND {department})");
            office.Add(department);
        }
        if (actor.Posts.Count > 0)
        {
            AddList(parameters, "inbox_post", actor.Posts);
            var divisions = actor.DivisionCodes.Count > 0
                ? $"t.division_code IS NULL OR t.division_code IN {dialect.InList("inbox_division", actor.DivisionCodes.Count)}"
                : "t.division_code IS NULL";
            if (actor.DivisionCodes.Count > 0)
            {
                AddList(parameters, "inbox_division", actor.DivisionCodes);
            }
            office.Add($"(t.department_code IS NULL AND t.post IN {dialect.InList("inbox_post", actor.Posts.Count)} AND ({divisions}))");
        }
        if (office.Count > 0)
        {
            unheld.Add($"(COALESCE(t.audience, '{TaskColumnsRow.Office}') = '{TaskColumnsRow.Office}' AND ({string.Join(" OR ", office)}))");
        }
        return $"""
            t.task_id IN ({Reachable(actor)})
                AND t.status = 'Open' AND (t.holder_user_id = {P("inbox_user")}
                    OR (t.holder_user_id IS NULL AND ({string.Join("\n            OR ", unheld)})))
            """;
    }

    /// <summary>
    /// Every open task the rule above could let the person act on, one index-served branch per way (held or named in the
    /// task-user rows, held as the open task's assignee, the post in one of their offices or in none, the department), so
    /// a page reads those tasks rather than every open one; the rule beside it decides. An open task's assignee is its
    /// holder, so an unheld one has none, which is what the post index (<c>ix_wf_tasks_post_open</c>) keeps.
    /// </summary>
    private string Reachable(Actor actor)
    {
        var ways = new List<string>
        {
            $"SELECT mu.task_id FROM {_taskUsers} mu WHERE mu.user_id = {P("inbox_user")} AND mu.role IN ('{TaskUsers.Holder}', '{TaskUsers.Candidate}')",
            $"SELECT a.task_id FROM {_tasks} a WHERE a.assignee_user_id = {P("inbox_user")} AND a.status = 'Open'",
        };
        if (actor.Posts.Count > 0)
        {
            var posts = dialect.InList("inbox_post", actor.Posts.Count);
            ways.Add($"SELECT o.task_id FROM {_tasks} o WHERE o.post IN {posts} AND o.division_code IS NULL AND o.status = 'Open' AND o.assignee_user_id IS NULL");
            if (actor.DivisionCodes.Count > 0)
            {
                ways.Add($"SELECT o.task_id FROM {_tasks} o WHERE o.post IN {posts} AND o.division_code IN {dialect.InList("inbox_division", actor.DivisionCodes.Count)}"
                    + " AND o.status = 'Open' AND o.assignee_user_id IS NULL");
            }
        }
        if (actor.Departments.Count > 0)
        {
            ways.Add($"SELECT d.task_id FROM {_tasks} d WHERE d.department_code IN {dialect.InList("inbox_department", actor.Departments.Count)}"
                + " AND d.department_code IS NOT NULL AND d.status = 'Open'");
        }
        return string.Join("\n        UNION ALL ", ways);
    }

    private static readonly string Named = TaskColumnsRow.AudienceCode(TaskAudience.Named);

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
