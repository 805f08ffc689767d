namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The read side: inbox queries, each written for one partial index (the <c>status = 'Open'</c> literal is what lets
/// the planner use it), the case list and history, and the audit walk.
/// </summary>
public abstract partial class SqlDialect
{
    private string TaskSelectList => """
        task_id AS TaskId, instance_id AS InstanceId, kind AS Kind, title AS Title, post AS Post, level AS Level,
            division_code AS DivisionCode, department_code AS DepartmentCode, status AS Status,
            assignee_user_id AS AssigneeUserId, opened_at AS OpenedAt, due_at AS DueAt
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
    public virtual string RenderForPostSql(int divisions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(divisions, 1);
        string One(string division) => $"""
            SELECT {Top(Parameter("limit"))} {TaskSelectList}
            FROM {Tasks}
            WHERE post = {Parameter("post")} AND division_code = {division} AND assignee_user_id IS NULL AND status = 'Open'
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
    public virtual string RenderCountForPostSql(int divisions) => $"""
        SELECT COUNT(*)
        FROM {Tasks}
        WHERE post = {Parameter("post")} AND division_code IN {InList("division", divisions)}
            AND assignee_user_id IS NULL AND status = 'Open'
        """;

    /// <summary>A department's open referrals: uses <c>ix_wf_tasks_department_open</c>.</summary>
    public virtual string RenderForDepartmentSql() => $"""
        SELECT {Top(Parameter("limit"))} {TaskSelectList}
        FROM {Tasks}
        WHERE department_code = {Parameter("department_code")} AND status = 'Open'
        ORDER BY opened_at DESC
        {Limit(Parameter("limit"))}
        """;

    /// <summary>Open tasks past their deadline, oldest deadline first: uses <c>ix_wf_tasks_due_open</c>.</summary>
    public virtual string RenderOverdueSql() => $"""
        SELECT {Top(Parameter("limit"))} {TaskSelectList}
        FROM {Tasks}
        WHERE due_at < {Parameter("now")} AND status = 'Open'
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

    public virtual string RenderListInstancesSql() => $"""
        SELECT {Top(Parameter("limit"))} id AS InstanceId, definition_id AS DefinitionId, definition_version AS DefinitionVersion, status AS Status,
            division_code AS DivisionCode, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM {Instances}
        ORDER BY created_at DESC
        {Limit(Parameter("limit"))}
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
