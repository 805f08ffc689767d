using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The statements of the inbox (<c>wf_tasks</c>, <c>wf_task_users</c>): the task rows a commit writes, and the inbox
/// queries, each written for one partial index (the <c>status = 'Open'</c> literal is what lets the planner use it).
/// </summary>
internal sealed class TaskSql
{
    public const string TaskPrefix = "tk_";
    public const string TaskUserPrefix = "tu_";

    /// <summary>The <c>IN</c> list of task ids whose task-user rows a commit rewrites.</summary>
    public const string TaskUserList = "tutask";

    public static readonly IReadOnlyList<string> TaskColumns =
    [
        "task_id", "instance_id", "kind", "title", "post", "level", "division_code", "department_code", "status",
        "assignee_user_id", "opened_at", "due_at", "closed_at", "claimed_by", "holder_user_id", "audience",
    ];

    public static readonly IReadOnlyList<string> TaskUserColumns = ["task_id", "user_id", "role", "opened_at", "until_at"];

    /// <summary>Task columns an upsert changes; the rest are fixed when the task opens.</summary>
    private static readonly IReadOnlyList<string> TaskMutableColumns = ["status", "assignee_user_id", "due_at", "closed_at", "claimed_by", "holder_user_id", "audience"];

    private static readonly Dictionary<string, string> NoShared = [];

    private const string TaskSelectList = """
        task_id AS TaskId, instance_id AS InstanceId, kind AS Kind, title AS Title, post AS Post, level AS Level,
            division_code AS DivisionCode, department_code AS DepartmentCode, status AS Status,
            assignee_user_id AS AssigneeUserId, opened_at AS OpenedAt, due_at AS DueAt, claimed_by AS ClaimedBy,
            holder_user_id AS HolderUserId
        """;

    internal const string JoinedTaskSelectList = """
        t.task_id AS TaskId, t.instance_id AS InstanceId, t.kind AS Kind, t.title AS Title, t.post AS Post, t.level AS Level,
            t.division_code AS DivisionCode, t.department_code AS DepartmentCode, t.status AS Status,
            t.assignee_user_id AS AssigneeUserId, t.opened_at AS OpenedAt, t.due_at AS DueAt, t.claimed_by AS ClaimedBy,
            t.holder_user_id AS HolderUserId
        """;

    private readonly SqlDialect _dialect;
    private readonly string _tasks;
    private readonly string _taskUsers;
    private readonly SizedStatements _upsertTasks;
    private readonly SizedStatements _deleteTaskUsers;
    private readonly SizedStatements _insertTaskUsers;

    public TaskSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
        _tasks = dialect.QuoteIdentifier("wf_tasks");
        _taskUsers = dialect.QuoteIdentifier("wf_task_users");
        _upsertTasks = new(rows => dialect.Upsert(_tasks, TaskColumns, dialect.ValuesRows(TaskPrefix, TaskColumns, NoShared, rows), ["task_id"], TaskMutableColumns));
        _deleteTaskUsers = new(tasks => $"""
            DELETE FROM {_taskUsers}
            WHERE task_id IN {dialect.InList(TaskUserList, tasks)}
            """);
        _insertTaskUsers = new(rows => $"""
            INSERT INTO {_taskUsers} ({string.Join(", ", TaskUserColumns)})
            VALUES
            {dialect.ValuesRows(TaskUserPrefix, TaskUserColumns, NoShared, rows)}
            """);
        ToDoForUser = RenderToDoForUser();
        CopiedToUser = $"""
            SELECT {Top} {JoinedTaskSelectList}
            FROM {_taskUsers} u
            JOIN {_tasks} t ON t.task_id = u.task_id
            WHERE u.user_id = {P("user_id")} AND u.role = 'copy'
            ORDER BY u.opened_at DESC
            {Limit}
            """;
        FindTask = $"""
            SELECT {TaskSelectList}
            FROM {_tasks}
            WHERE task_id = {P("task_id")}
            """;
    }

    public static TaskSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new TaskSql(d));

    /// <summary>
    /// A user's to-do from wf_task_users: the holder range and the candidate range of <c>ix_wf_task_users_user</c>,
    /// each read backwards and cut at <c>limit</c>, then merged; each row joins its task by primary key.
    /// </summary>
    public string ToDoForUser { get; }

    /// <summary>Tasks copied to a user (抄送), any status: one range of <c>ix_wf_task_users_user</c>.</summary>
    public string CopiedToUser { get; }

    public string FindTask { get; }

    /// <summary>Inserts task rows, or brings the mutable columns of existing ones up to date.</summary>
    public string UpsertTasks(int rows) => _upsertTasks[rows];

    /// <summary>Drops the task-user rows of the named tasks, before their current rows are inserted again.</summary>
    public string DeleteTaskUsers(int tasks) => _deleteTaskUsers[tasks];

    public string InsertTaskUsers(int rows) => _insertTaskUsers[rows];

    /// <summary>
    /// A page of the tasks of the cases in a scope, filtered by the caller's choices (each <c>NULL</c> parameter matches
    /// every row): post, division subtree, department, the officer who completed it, and status; oldest first, or the
    /// most recently closed first.
    /// </summary>
    public string ScopedTasks(string scope, string status, bool newestFirst) => $"""
        SELECT {TaskSelectList}
        FROM {_tasks} t
        WHERE {scope}
            AND ({P("post")} IS NULL OR post = {P("post")})
            AND ({P("division_prefix")} IS NULL OR division_code LIKE {P("division_prefix")})
            AND ({P("department_code")} IS NULL OR department_code = {P("department_code")})
            AND ({P("actor_id")} IS NULL OR (assignee_user_id = {P("actor_id")} AND status = 'Completed'))
            {status}
        ORDER BY {(newestFirst ? "COALESCE(closed_at, opened_at) DESC" : "opened_at")}, instance_id, task_id
        {_dialect.Page(P("offset"), P("limit"))}
        """;

    /// <summary>The <c>status</c> argument of <see cref="ScopedTasks"/>: open tasks, closed ones, or (null) all.</summary>
    public static string StatusFilter(bool? open) => open switch
    {
        true => "AND status = 'Open'",
        false => "AND status <> 'Open'",
        null => "",
    };

    private string RenderToDoForUser()
    {
        string One(string role) => $"""
            SELECT {Top} {JoinedTaskSelectList}
            FROM {_taskUsers} u
            JOIN {_tasks} t ON t.task_id = u.task_id
            WHERE u.user_id = {P("user_id")} AND u.role = '{role}' AND t.status = 'Open'
            ORDER BY u.opened_at DESC
            {Limit}
            """;
        return $"""
            SELECT {Top} *
            FROM (
            SELECT * FROM (
            {One("holder")}
            ) h
            UNION ALL
            SELECT * FROM (
            {One("candidate")}
            ) c
            ) u
            ORDER BY OpenedAt DESC
            {Limit}
            """;
    }

    private string Top => _dialect.Top(P("limit"));

    private string Limit => _dialect.Limit(P("limit"));

    private string P(string name) => _dialect.Parameter(name);
}
