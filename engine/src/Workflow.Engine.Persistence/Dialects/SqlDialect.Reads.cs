namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The read side: inbox queries, each written for one partial index (the <c>status = 'Open'</c> literal is what lets
/// the planner use it), the case list and history, and the audit walk.
/// </summary>
public abstract partial class SqlDialect
{
    /// <summary>An extra condition (a list's scope) after the ones its index serves; nothing when there is none.</summary>
    private static string And(string? condition) => condition is null ? "" : "\n            AND " + condition;

    private string TaskSelectList => """
        task_id AS TaskId, instance_id AS InstanceId, kind AS Kind, title AS Title, post AS Post, level AS Level,
            division_code AS DivisionCode, department_code AS DepartmentCode, status AS Status,
            assignee_user_id AS AssigneeUserId, opened_at AS OpenedAt, due_at AS DueAt, claimed_by AS ClaimedBy,
            holder_user_id AS HolderUserId
        """;

    private string JoinedTaskSelectList => """
        t.task_id AS TaskId, t.instance_id AS InstanceId, t.kind AS Kind, t.title AS Title, t.post AS Post, t.level AS Level,
            t.division_code AS DivisionCode, t.department_code AS DepartmentCode, t.status AS Status,
            t.assignee_user_id AS AssigneeUserId, t.opened_at AS OpenedAt, t.due_at AS DueAt, t.claimed_by AS ClaimedBy,
            t.holder_user_id AS HolderUserId
        """;

    /// <summary>
    /// A user's to-do from wf_task_users: the holder range and the candidate range of <c>ix_wf_task_users_user</c>,
    /// each read backwards and cut at <c>limit</c>, then merged; each row joins its task by primary key.
    /// </summary>
    public virtual string RenderToDoForUserSql()
    {
        string One(string role) => $"""
            SELECT {Top(Parameter("limit"))} {JoinedTaskSelectList}
            FROM {TaskUsersTable} u
            JOIN {Tasks} t ON t.task_id = u.task_id
            WHERE u.user_id = {Parameter("user_id")} AND u.role = '{role}' AND t.status = 'Open'
            ORDER BY u.opened_at DESC
            {Limit(Parameter("limit"))}
            """;
        return $"""
            SELECT {Top(Parameter("limit"))} *
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
            {Limit(Parameter("limit"))}
            """;
    }

    /// <summary>Tasks copied to a user (抄送), any status: one range of <c>ix_wf_task_users_user</c>.</summary>
    public virtual string RenderCopiedToUserSql() => $"""
        SELECT {Top(Parameter("limit"))} {JoinedTaskSelectList}
        FROM {TaskUsersTable} u
        JOIN {Tasks} t ON t.task_id = u.task_id
        WHERE u.user_id = {Parameter("user_id")} AND u.role = 'copy'
        ORDER BY u.opened_at DESC
        {Limit(Parameter("limit"))}
        """;

    /// <summary>"My tasks": uses <c>ix_wf_tasks_assignee_open</c>.</summary>
    public virtual string RenderAssignedToSql() => $"""
        SELECT {Top(Parameter("limit"))} {TaskSelectList}
        FROM {Tasks}
        WHERE assignee_user_id = {Parameter("user_id")} AND status = 'Open'
        ORDER BY opened_at DESC
        {Limit(Parameter("limit"))}
        """;

    /// <summary>
    /// "Tasks for my post in my division", unclaimed: uses <c>ix_wf_tasks_post_open</c>. With several divisions, each
    /// one is its own backward index scan that stops after <c>limit</c> rows, and only those are merged; an
    /// <c>IN</c> list would read and sort every open task of every division first.
    /// </summary>
    public virtual string RenderForPostSql(int divisions, string? scope = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(divisions, 1);
        string One(string division) => $"""
            SELECT {Top(Parameter("limit"))} {TaskSelectList}
            FROM {Tasks}
            WHERE post = {Parameter("post")} AND division_code = {division} AND assignee_user_id IS NULL AND status = 'Open'{And(scope)}
            ORDER BY opened_at DESC
            {Limit(Parameter("limit"))}
            """;
        if (divisions == 1)
        {
            return One(Parameter(ListParameter("division", 0)));
        }
        var branches = Enumerable.Range(0, divisions)
            .Select(i => $"SELECT * FROM (\n{One(Parameter(ListParameter("division", i)))}\n) d{i}");
        return $"""
            SELECT {Top(Parameter("limit"))} *
            FROM (
            {string.Join("\nUNION ALL\n", branches)}
            ) u
            ORDER BY OpenedAt DESC
            {Limit(Parameter("limit"))}
            """;
    }

    /// <summary>The count badge of <see cref="RenderForPostSql"/>: an index-only count on the same index.</summary>
    public virtual string RenderCountForPostSql(int divisions, string? scope = null) => $"""
        SELECT COUNT(*)
        FROM {Tasks}
        WHERE post = {Parameter("post")} AND division_code IN {InList("division", divisions)}
            AND assignee_user_id IS NULL AND status = 'Open'{And(scope)}
        """;

    /// <summary>A department's open referrals: uses <c>ix_wf_tasks_department_open</c>.</summary>
    public virtual string RenderForDepartmentSql(string? scope = null) => $"""
        SELECT {Top(Parameter("limit"))} {TaskSelectList}
        FROM {Tasks}
        WHERE department_code = {Parameter("department_code")} AND status = 'Open'{And(scope)}
        ORDER BY opened_at DESC
        {Limit(Parameter("limit"))}
        """;

    /// <summary>Open tasks past their deadline, oldest deadline first: uses <c>ix_wf_tasks_due_open</c>.</summary>
    public virtual string RenderOverdueSql(string? scope = null) => $"""
        SELECT {Top(Parameter("limit"))} {TaskSelectList}
        FROM {Tasks}
        WHERE due_at < {Parameter("now")} AND status = 'Open'{And(scope)}
        ORDER BY due_at
        {Limit(Parameter("limit"))}
        """;

    public virtual string RenderFindTaskSql() => $"""
        SELECT {TaskSelectList}
        FROM {Tasks}
        WHERE task_id = {Parameter("task_id")}
        """;

    public virtual string RenderInstanceEventsSql() => $"""
        SELECT body
        FROM {Events}
        WHERE instance_id = {Parameter("instance_id")}
        ORDER BY seq
        """;

    /// <summary>Every event with its instance's head, in chain order: what the audit walk reads.</summary>
    public virtual string RenderAuditEventsSql() => $"""
        SELECT e.instance_id AS InstanceId, e.seq AS Seq, e.type AS Type, e.body AS Body, e.prev_hash AS PrevHash, e.hash AS Hash,
            i.version AS HeadVersion, i.head_hash AS HeadHash
        FROM {Events} e
        LEFT JOIN {Instances} i ON i.id = e.instance_id
        ORDER BY e.instance_id, e.seq
        """;

    public virtual string RenderAuditInstanceEventsSql() => $"""
        SELECT e.instance_id AS InstanceId, e.seq AS Seq, e.type AS Type, e.body AS Body, e.prev_hash AS PrevHash, e.hash AS Hash,
            i.version AS HeadVersion, i.head_hash AS HeadHash
        FROM {Events} e
        LEFT JOIN {Instances} i ON i.id = e.instance_id
        WHERE e.instance_id = {Parameter("instance_id")}
        ORDER BY e.seq
        """;

    /// <summary>Instances that claim events but have none left: a history deleted whole.</summary>
    public virtual string RenderAuditHeadsWithoutEventsSql() => $"""
        SELECT id AS InstanceId, version AS HeadVersion, head_hash AS HeadHash
        FROM {Instances} i
        WHERE i.version > 0 AND NOT EXISTS (SELECT 1 FROM {Events} e WHERE e.instance_id = i.id)
        """;
}
