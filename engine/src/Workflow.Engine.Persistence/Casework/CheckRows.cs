using Workflow.Engine.Persistence.Dialects;
using System.Data;
using Dapper;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>External checks of an application: asked, retried once, given up or answered.</summary>
internal sealed class CheckRows(CaseworkTransactions casework)
{
    private readonly CheckSql _checkSql = CheckSql.For(casework.Dialect);

    /// <summary>Records the checks asked for at intake, with their audit entry, in one transaction.</summary>
    public Task AddChecksAsync(IReadOnlyList<CheckRecord> checks, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            foreach (var check in checks)
            {
                var p = new DynamicParameters();
                p.Add("id", check.Id);
                p.Add("application_id", check.ApplicationId);
                p.Add("source", check.Source);
                p.AddTime(casework.Dialect, "requested_at", check.RequestedAt);
                p.AddTime(casework.Dialect, "due_at", check.DueAt);
                await c.ExecuteAsync(new CommandDefinition(_checkSql.InsertCheck, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<CheckRecord>> ListChecksAsync(string applicationId, CancellationToken cancellationToken = default) =>
        QueryChecksAsync(_checkSql.ListChecks, new DynamicParameters(new { application_id = applicationId }), cancellationToken);

    public async Task<CheckRecord?> GetCheckAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryChecksAsync(_checkSql.GetCheck, new DynamicParameters(new { id }), cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<CheckRecord>> DueChecksAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        var p = new DynamicParameters();
        p.AddTime(casework.Dialect, "now", now);
        p.Add("limit", limit, DbType.Int32);
        return QueryChecksAsync(_checkSql.DueChecks, p, cancellationToken);
    }

    /// <summary>Asks again (true), or gives up after <paramref name="maxAttempts"/> (false); null when another host got there first.</summary>
    public Task<bool?> RetryOrGiveUpAsync(CheckRecord check, int maxAttempts, DateTimeOffset now, DateTimeOffset nextDue, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        casework.WriteAsync<bool?>(async (c, t) =>
        {
            var retry = check.Attempts < maxAttempts;
            var p = new DynamicParameters();
            p.Add("id", check.Id);
            p.Add("attempts", check.Attempts);
            p.AddTime(casework.Dialect, "now", now);
            p.AddTime(casework.Dialect, "due_at", nextDue);
            var changed = await c.ExecuteAsync(new CommandDefinition(retry ? _checkSql.RetryCheck : _checkSql.GiveUpCheck, p, t,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (changed != 1)
            {
                return null;
            }
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return retry;
        }, cancellationToken);

    /// <summary>Records a source's answer (a late one after giving up, too); false when it had already answered.</summary>
    public Task<bool> AnswerCheckAsync(string id, string result, DateTimeOffset now, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("id", id);
            p.Add("result", result);
            p.AddTime(casework.Dialect, "now", now);
            var changed = await c.ExecuteAsync(new CommandDefinition(_checkSql.AnswerCheck, p, t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            if (changed == 1)
            {
                await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return changed == 1;
        }, cancellationToken);

    private Task<IReadOnlyList<CheckRecord>> QueryChecksAsync(string sql, DynamicParameters p, CancellationToken cancellationToken) =>
        casework.ReadAsync<IReadOnlyList<CheckRecord>>(async c =>
        {
            var rows = await c.QueryAsync<CheckRow>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => new CheckRecord(r.Id, r.ApplicationId, r.Source, r.Status, r.Attempts, casework.Dialect.FromDbTime(r.RequestedAt),
                casework.Dialect.FromDbTime(r.DueAt), r.AnsweredAt is null or DBNull ? null : casework.Dialect.FromDbTime(r.AnsweredAt), r.Result)).ToList();
        }, cancellationToken);

    private sealed class CheckRow
    {
        public string Id { get; set; } = "";
        public string ApplicationId { get; set; } = "";
        public string Source { get; set; } = "";
        public string Status { get; set; } = "";
        public int Attempts { get; set; }
        public object RequestedAt { get; set; } = 0L;
        public object DueAt { get; set; } = 0L;
        public object? AnsweredAt { get; set; }
        public string? Result { get; set; }
    }
}
