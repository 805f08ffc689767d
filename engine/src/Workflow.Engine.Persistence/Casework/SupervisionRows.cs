using Workflow.Engine.Persistence.Dialects;
using System.Data;
using Dapper;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The supervisor's list of tasks coming due.</summary>
internal sealed class SupervisionRows(CaseworkTransactions casework)
{
    private readonly SupervisionSql _supervisionSql = SupervisionSql.For(casework.Dialect);
    private readonly CaseScopeSql _scopeSql = CaseScopeSql.For(casework.Dialect);

    /// <summary>Open tasks of the cases in <paramref name="scope"/>, due before <paramref name="until"/>, soonest first.</summary>
    public Task<IReadOnlyList<DueTaskRecord>> DueBeforeAsync(CaseScope scope, DateTimeOffset until, int limit, CancellationToken cancellationToken = default) =>
        casework.ReadAsync<IReadOnlyList<DueTaskRecord>>(async c =>
        {
            var p = new DynamicParameters();
            p.AddTime(casework.Dialect, "until", until);
            p.Add("limit", limit, DbType.Int32);
            var sql = _supervisionSql.DueSoon(_scopeSql.Condition(scope, "t.instance_id", p));
            var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => new DueTaskRecord(r.TaskId, r.InstanceId, r.Title, r.DivisionCode, r.DepartmentCode, r.Post, r.DefinitionId,
                casework.Dialect.FromDbTime(r.DueAt))).ToList();
        }, cancellationToken);

    private sealed class Row
    {
        public string TaskId { get; set; } = "";
        public string InstanceId { get; set; } = "";
        public string Title { get; set; } = "";
        public string? DivisionCode { get; set; }
        public string? DepartmentCode { get; set; }
        public string? Post { get; set; }
        public string DefinitionId { get; set; } = "";
        public object DueAt { get; set; } = 0L;
    }
}
