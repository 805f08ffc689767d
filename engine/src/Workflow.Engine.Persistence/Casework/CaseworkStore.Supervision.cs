using System.Data;
using Dapper;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Casework;

public sealed partial class CaseworkStore
{
    /// <summary>Open tasks of the cases in <paramref name="scope"/>, due before <paramref name="until"/>, soonest first.</summary>
    public Task<IReadOnlyList<DueTaskRecord>> DueBeforeAsync(CaseScope scope, DateTimeOffset until, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<DueTaskRecord>>(async c =>
        {
            var p = new DynamicParameters();
            AddTime(p, "until", until);
            p.Add("limit", limit, DbType.Int32);
            var sql = _supervisionSql.DueSoon(_scopeSql.Condition(scope, "t.instance_id", p));
            var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => new DueTaskRecord(r.TaskId, r.InstanceId, r.Title, r.DivisionCode, r.DepartmentCode, r.Post, r.DefinitionId,
                _dialect.FromDbTime(r.DueAt))).ToList();
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
