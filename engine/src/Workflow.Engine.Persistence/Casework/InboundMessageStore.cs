using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Dapper store of messages from other systems (<c>cw_inbound_messages</c>, issue 11). Every change commits with its
/// casework audit entry (<see cref="CaseworkTransactions"/>); the unique (sender, sender's id) makes a repeat find the
/// first row, even when two hosts receive the same message at once, and the unique (sender, ticket number) does the
/// same for a 12345 ticket re-sent under a new sender's id.
/// </summary>
public sealed class InboundMessageStore(WorkflowDatabase database)
{
    private readonly CaseworkTransactions _casework = new(database ?? throw new ArgumentNullException(nameof(database)));
    private readonly InboundSql _sql = InboundSql.For(database.Dialect);

    /// <summary>
    /// Records a new message; when (sender, sender's id) is taken, or (sender, <paramref name="ticketNumber"/>) for a
    /// 12345 ticket, returns the first row and <c>IsNew</c> false (and writes nothing).
    /// </summary>
    public async Task<(InboundMessageRecord Record, bool IsNew)> AddAsync(InboundMessageRecord record, CaseworkAuditEntry audit, string? ticketNumber = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await FindFirstAsync(record.Sender, record.SenderId, ticketNumber, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return (earlier, false);
        }
        try
        {
            await _casework.WriteAsync(async (c, t) =>
            {
                var p = new DynamicParameters(new
                {
                    id = record.Id, kind = record.Kind, sender = record.Sender, sender_id = record.SenderId, division_code = record.DivisionCode,
                    person_key = record.PersonKey, body = record.Body, status = record.Status, reason = record.Reason, ticket_number = ticketNumber,
                });
                p.AddTime(_casework.Dialect, "now", record.ReceivedAt);
                await c.ExecuteAsync(new CommandDefinition(_sql.Insert, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await _casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
            return (record, true);
        }
        catch (Exception e) when (_casework.Dialect.IsUniqueViolation(e))
        {
            // Another host took the same message (or ticket) a moment earlier: its row is the one.
            return ((await FindFirstAsync(record.Sender, record.SenderId, ticketNumber, cancellationToken).ConfigureAwait(false))!, false);
        }
    }

    public async Task<InboundMessageRecord?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_sql.GetById, new DynamicParameters(new { id }), cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public async Task<InboundMessageRecord?> FindAsync(string sender, string senderId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_sql.GetBySender, new DynamicParameters(new { sender, sender_id = senderId }), cancellationToken).ConfigureAwait(false))
        .SingleOrDefault();

    /// <summary>The first 12345 ticket of <paramref name="sender"/> numbered <paramref name="ticketNumber"/>, whatever its sender's id.</summary>
    public async Task<InboundMessageRecord?> FindTicketAsync(string sender, string ticketNumber, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_sql.GetByTicket, new DynamicParameters(new { sender, ticket_number = ticketNumber }), cancellationToken).ConfigureAwait(false))
        .SingleOrDefault();

    /// <summary>The message of <paramref name="kind"/> that started <paramref name="instanceId"/>, if one did.</summary>
    public async Task<InboundMessageRecord?> FindByInstanceAsync(string kind, string instanceId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(_sql.GetByInstance, new DynamicParameters(new { kind, instance_id = instanceId }), cancellationToken).ConfigureAwait(false))
        .FirstOrDefault();

    /// <summary>The newest <paramref name="limit"/> messages with <paramref name="status"/>.</summary>
    public Task<IReadOnlyList<InboundMessageRecord>> ListAsync(string status, int limit, CancellationToken cancellationToken = default)
    {
        var p = new DynamicParameters(new { status });
        p.Add("limit", limit, DbType.Int32);
        return QueryAsync(_sql.List, p, cancellationToken);
    }

    /// <summary>Moves the message on from <paramref name="expectedStatus"/>, with its audit entry; false when it had moved already.</summary>
    public Task<bool> SettleAsync(string id, string expectedStatus, InboundSettlement settlement, DateTimeOffset now, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var p = new DynamicParameters(new
        {
            id, expected = expectedStatus, status = settlement.Status, reason = settlement.Reason, route = settlement.Route,
            instance_id = settlement.InstanceId, division_code = settlement.DivisionCode, person_key = settlement.PersonKey,
        });
        p.AddTime(_casework.Dialect, "now", now);
        return ChangeOnceAsync(_sql.Settle, p, audit, cancellationToken);
    }

    /// <summary>Claims the one reply to the message's sender (a ticket's closing); false when it was claimed before.</summary>
    public Task<bool> ClaimReplyAsync(string id, DateTimeOffset now, CaseworkAuditEntry audit, CancellationToken cancellationToken = default)
    {
        var p = new DynamicParameters(new { id });
        p.AddTime(_casework.Dialect, "now", now);
        return ChangeOnceAsync(_sql.ClaimReply, p, audit, cancellationToken);
    }

    /// <summary>
    /// Gives a claimed reply back when it could not be sent, so the next attempt sends it; audited, so the trail does not
    /// show as sent a reply that never left. False when it was not claimed.
    /// </summary>
    public Task<bool> ReleaseReplyAsync(string id, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        ChangeOnceAsync(_sql.ReleaseReply, new DynamicParameters(new { id }), audit, cancellationToken);

    /// <summary>Runs a guarded one-row change and, only when it changed the row, its audit entry, in one transaction.</summary>
    private Task<bool> ChangeOnceAsync(string sql, DynamicParameters p, CaseworkAuditEntry audit, CancellationToken cancellationToken) =>
        _casework.WriteAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(new CommandDefinition(sql, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
            if (changed)
            {
                await _casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return changed;
        }, cancellationToken);

    private async Task<InboundMessageRecord?> FindFirstAsync(string sender, string senderId, string? ticketNumber, CancellationToken cancellationToken) =>
        await FindAsync(sender, senderId, cancellationToken).ConfigureAwait(false)
        ?? (ticketNumber is null ? null : await FindTicketAsync(sender, ticketNumber, cancellationToken).ConfigureAwait(false));

    private Task<IReadOnlyList<InboundMessageRecord>> QueryAsync(string sql, DynamicParameters p, CancellationToken cancellationToken) =>
        _casework.ReadAsync<IReadOnlyList<InboundMessageRecord>>(async c =>
        {
            var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var d = _casework.Dialect;
            return rows.Select(r => new InboundMessageRecord(r.Id, r.Kind, r.Sender, r.SenderId, r.DivisionCode, r.PersonKey, r.Body, r.Status, r.Reason,
                r.Route, r.InstanceId, d.FromDbTime(r.ReceivedAt), d.FromDbTime(r.UpdatedAt),
                r.RepliedAt is null or DBNull ? null : d.FromDbTime(r.RepliedAt))).ToList();
        }, cancellationToken);

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Sender { get; set; } = "";
        public string SenderId { get; set; } = "";
        public string? DivisionCode { get; set; }
        public string? PersonKey { get; set; }
        public string Body { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Reason { get; set; }
        public string? Route { get; set; }
        public string? InstanceId { get; set; }
        public object ReceivedAt { get; set; } = 0L;
        public object UpdatedAt { get; set; } = 0L;
        public object? RepliedAt { get; set; }
    }
}
