using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The supervisor's list of tasks coming due.</summary>
internal sealed class SupervisionSql(SqlDialect dialect)
{
    private readonly string _tasks = dialect.QuoteIdentifier("wf_tasks");
    private readonly string _instances = dialect.QuoteIdentifier("wf_instances");

    public static SupervisionSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new SupervisionSql(d));

    /// <summary>
    /// Open tasks due before <c>until</c> of the cases in a scope (<see cref="CaseScopeSql"/> over <c>t.instance_id</c>),
    /// soonest first, with the item (definition) of their case. Reads along <c>ix_wf_tasks_due_open</c>.
    /// </summary>
    public string DueSoon(string scope) => $"""
        SELECT {dialect.Top(P("limit"))} t.task_id AS TaskId, t.instance_id AS InstanceId, t.title AS Title, t.division_code AS DivisionCode,
            t.department_code AS DepartmentCode, t.post AS Post, i.definition_id AS DefinitionId, t.due_at AS DueAt
        FROM {_tasks} t
        JOIN {_instances} i ON i.id = t.instance_id
        WHERE t.due_at < {P("until")} AND t.status = 'Open' AND {scope}
        ORDER BY t.due_at
        {dialect.Limit(P("limit"))}
        """;

    private string P(string name) => dialect.Parameter(name);
}
