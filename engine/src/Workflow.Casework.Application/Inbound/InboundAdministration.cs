using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// What administrators do with messages from other systems: list them (a message about a division outside their area
/// is not theirs; one with no readable division belongs to no area, so only to a system-wide administrator, by
/// <see cref="AdministrationScope.IsSystemWide"/>), 重新处理 a parked one after a rule was added or a definition
/// published, or 忽略 it. Both actions are audited under the administrator's id.
/// </summary>
public sealed class InboundAdministration(InboundMessageStore store, InboundRouter router, CaseworkDirectory directory, TimeProvider time)
{
    public async Task<CaseworkOutcome<IReadOnlyList<InboundMessageView>>> ListAsync(Caller caller, string? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Refuse(caller) is { } refused)
        {
            return refused;
        }
        var wanted = status ?? InboundStatuses.Parked;
        if (!InboundStatuses.All.Contains(wanted))
        {
            return Rejection.Invalid($"Expected status to be one of {string.Join(", ", InboundStatuses.All)}, but got '{wanted}'.", "status");
        }
        var rows = await store.ListAsync(wanted, 200, cancellationToken).ConfigureAwait(false);
        return rows.Where(r => Sees(caller, r)).Select(View).ToList();
    }

    /// <summary>重新处理: reads and routes a parked message again, as if it had just arrived.</summary>
    public async Task<CaseworkOutcome<InboundMessageView>> ReprocessAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await FindParkedAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (found.Value is not { } row)
        {
            return new CaseworkOutcome<InboundMessageView>(null, found.Rejection);
        }
        var reading = InboundReader.Read(row.Kind, row.Body, ChinaTime.DayOf(time.GetUtcNow()));
        return View(await router.HandleAsync(row, reading, caller.Id, cancellationToken, reprocess: true).ConfigureAwait(false));
    }

    /// <summary>忽略: the message stays on record, dismissed, with the administrator's note.</summary>
    public async Task<CaseworkOutcome<InboundMessageView>> DismissAsync(Caller caller, string id, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await FindParkedAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (found.Value is not { } row)
        {
            return new CaseworkOutcome<InboundMessageView>(null, found.Rejection);
        }
        // The note is free text: a typed ID, phone or account number is masked before it is kept or shown.
        var masked = FreeTextMask.Mask(note?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 500)] : null);
        var reason = masked is null ? $"管理员 {caller.DisplayName} 忽略" : $"管理员 {caller.DisplayName} 忽略：{masked}";
        var audit = InboundAudit.Entry(time, caller.Id, "inbound.dismiss", row.Id, new { kind = row.Kind, note = masked });
        if (!await store.SettleAsync(row.Id, InboundStatuses.Parked, new(InboundStatuses.Dismissed, reason, null, null, row.DivisionCode, row.PersonKey),
            time.GetUtcNow(), audit, cancellationToken).ConfigureAwait(false))
        {
            return Rejection.Conflict($"Expected message '{id}' to be parked, but someone handled it meanwhile.");
        }
        return View((await store.GetAsync(row.Id, cancellationToken).ConfigureAwait(false))!);
    }

    public static InboundMessageView View(InboundMessageRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Kind, InboundKinds.DisplayName(r.Kind), r.Sender, r.SenderId, r.DivisionCode, r.Status, InboundStatuses.DisplayName(r.Status),
            r.Reason, r.Route, r.InstanceId, r.ReceivedAt, r.UpdatedAt, r.RepliedAt, InboundMasking.Mask(r.Body));
    }

    private async Task<CaseworkOutcome<InboundMessageRecord>> FindParkedAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (Refuse(caller) is { } refused)
        {
            return refused;
        }
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } row || !Sees(caller, row))
        {
            return Rejection.NotFound($"Expected to find message '{id}' in the administrator's area, but there is none.");
        }
        return row.Status == InboundStatuses.Parked
            ? row
            : Rejection.InvalidState($"Expected message '{id}' to be parked, but it is {row.Status} ({InboundStatuses.DisplayName(row.Status)}).");
    }

    private bool Sees(Caller caller, InboundMessageRecord row) =>
        row.DivisionCode is { } division
            ? CaseAccessPolicy.MayAdminister(caller.Subject, division)
            : AdministrationScope.IsSystemWide(caller.Subject, directory.Organisation);

    private static Rejection? Refuse(Caller caller) =>
        caller.IsAdministrator ? null : Rejection.Forbidden($"Expected '{caller.Id}' to be an administrator (系统管理员), but they are not.");
}
