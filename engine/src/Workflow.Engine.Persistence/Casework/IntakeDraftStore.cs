using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Dapper store of window drafts (<c>cw_intake_drafts</c>, migration 0020). Every statement names the author, so no
/// call reaches another clerk's draft; each change, and each opening of a draft's form, commits with its casework audit
/// entry (<see cref="CaseworkTransactions"/>).
/// </summary>
public sealed class IntakeDraftStore(WorkflowDatabase database)
{
    private readonly CaseworkTransactions _casework = new(database ?? throw new ArgumentNullException(nameof(database)));
    private readonly IntakeDraftSql _sql = IntakeDraftSql.For(database.Dialect);

    public Task AddAsync(IntakeDraftRecord draft, CaseworkAuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ChangeAsync(_sql.Insert, Parameters(draft), audit, cancellationToken);
    }

    /// <summary>Replaces the form of the author's draft; false when the author has no draft of that id.</summary>
    public Task<bool> UpdateAsync(IntakeDraftRecord draft, CaseworkAuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ChangeAsync(_sql.Update, Parameters(draft), audit, cancellationToken);
    }

    /// <summary>The author's newest <paramref name="limit"/> drafts, without their forms.</summary>
    public Task<IReadOnlyList<IntakeDraftRecord>> ListAsync(string authorId, int limit, CancellationToken cancellationToken = default)
    {
        var p = new DynamicParameters(new { author_id = authorId });
        p.Add("limit", limit, DbType.Int32);
        return _casework.ReadAsync<IReadOnlyList<IntakeDraftRecord>>(async c =>
            (await c.QueryAsync<Row>(new CommandDefinition(_sql.ListByAuthor, p, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(ToRecord).ToList(), cancellationToken);
    }

    /// <summary>The author's draft with its form, the opening audited in the same transaction; null when there is none.</summary>
    public Task<IntakeDraftRecord?> OpenAsync(string id, string authorId, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        _casework.WriteAsync(async (c, t) =>
        {
            var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(_sql.Get, new { id, author_id = authorId }, t,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is not null)
            {
                await _casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return row is null ? null : ToRecord(row);
        }, cancellationToken);

    /// <summary>Deletes the author's draft (discarded, or submitted); false when there is none.</summary>
    public Task<bool> DeleteAsync(string id, string authorId, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        ChangeAsync(_sql.Delete, new DynamicParameters(new { id, author_id = authorId }), audit, cancellationToken);

    private DynamicParameters Parameters(IntakeDraftRecord d)
    {
        var p = new DynamicParameters(new
        {
            id = d.Id, author_id = d.AuthorId, window_division_code = d.WindowDivisionCode, applicant_name = d.ApplicantName,
            id_number_masked = d.IdNumberMasked, items = d.Items, form = d.Form ?? "{}",
        });
        p.AddTime(_casework.Dialect, "now", d.UpdatedAt);
        return p;
    }

    /// <summary>A one-row change and, only when it changed the row, its audit entry, in one transaction.</summary>
    private Task<bool> ChangeAsync(string sql, DynamicParameters p, CaseworkAuditEntry audit, CancellationToken cancellationToken) =>
        _casework.WriteAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(new CommandDefinition(sql, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
            if (changed)
            {
                await _casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return changed;
        }, cancellationToken);

    private IntakeDraftRecord ToRecord(Row r) => new(r.Id, r.AuthorId, r.WindowDivisionCode, r.ApplicantName, r.IdNumberMasked, r.Items, r.Form,
        _casework.Dialect.FromDbTime(r.CreatedAt!), _casework.Dialect.FromDbTime(r.UpdatedAt!));

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string AuthorId { get; set; } = "";
        public string WindowDivisionCode { get; set; } = "";
        public string? ApplicantName { get; set; }
        public string? IdNumberMasked { get; set; }
        public string Items { get; set; } = "";
        public string? Form { get; set; }
        public object? CreatedAt { get; set; }
        public object? UpdatedAt { get; set; }
    }
}
