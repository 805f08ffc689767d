using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Handles a read message: applies its effect on the casework (<see cref="ILifeEvents"/>, idempotent), finds its route
/// in the routing rules (<see cref="RoutingRuleSet.FindInbound"/>) and starts the case the route names, as the system,
/// with a request key made from the message, so a retry after a crash starts nothing twice. Anything that stops it —
/// a bad body, no route, a definition not published, a refused start — parks the message with a Chinese reason.
/// Infrastructure failures propagate: the message stays <c>received</c> and its redelivery carries on. A host without
/// the benefits ledger (no <see cref="ILifeEvents"/> registered) parks life events instead of losing them.
/// </summary>
public sealed class InboundRouter(InboundMessageStore store, CaseworkDirectory directory, IEnumerable<ILifeEvents> lifeEventsHandlers, WorkflowExecutor commands,
    CaseReader cases, TimeProvider time)
{
    /// <summary>
    /// Moves <paramref name="row"/> on from its status to routed or parked; the audit names <paramref name="actorId"/>, and
    /// <paramref name="reprocess"/> records an administrator's 重新处理.
    /// </summary>
    public async Task<InboundMessageRecord> HandleAsync(InboundMessageRecord row, InboundReading reading, string actorId, CancellationToken cancellationToken,
        bool reprocess = false)
    {
        var by = new By(actorId, reprocess);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reading);
        var personKey = reading.IdNumber is { } id ? PersonKey.Of(id) : row.PersonKey;
        if (reading.Problem is not null || reading.Message is not { } message)
        {
            return await SettleAsync(row, new(InboundStatuses.Parked, reading.Problem ?? "消息为空", null, null, reading.DivisionCode, personKey), by,
                cancellationToken).ConfigureAwait(false);
        }
        if (message is PersonDied or PersonMoved or PopulationRecordChanged && lifeEventsHandlers.FirstOrDefault() is null)
        {
            return await Park(row, "本系统未启用待遇台账，暂不能处理生死迁移与人口信息；启用后重新处理", reading.DivisionCode, personKey, by, cancellationToken)
                .ConfigureAwait(false);
        }
        var division = await ApplyEffectAsync(message, row.Sender, cancellationToken).ConfigureAwait(false) ?? reading.DivisionCode;
        if (division is null)
        {
            return await Park(row, "死亡信息已登记（待遇已按规则停发），但系统中没有此人的家庭所在区划，未能发起惠民殡葬救助；请核实后重新处理或忽略", null, personKey,
                by, cancellationToken).ConfigureAwait(false);
        }
        if (directory.Routing.FindInbound(row.Kind, division) is not { } route)
        {
            return await Park(row, $"{InboundKinds.DisplayName(row.Kind)}在区划 {division} 没有来件路由规则；请在审批权限（路由规则）中添加后重新处理", division,
                personKey, by, cancellationToken).ConfigureAwait(false);
        }
        if (route.DefinitionId is not { } definitionId)
        {
            return await SettleAsync(row, new(InboundStatuses.Routed, null, route.Source, null, division, personKey), by, cancellationToken)
                .ConfigureAwait(false);
        }
        if (!cases.IsPublished(definitionId))
        {
            return await Park(row, $"路由规则 {route.Source} 指定的流程 {definitionId} 尚未发布；请发布后重新处理", division, personKey, by, cancellationToken)
                .ConfigureAwait(false);
        }
        // A death is one case per person, whichever system reports it first (公安, then 卫健): a second report finds it.
        var instanceId = message is PersonDied && personKey is { Length: > 0 }
            ? $"{definitionId}-{RequestKeys.IdFor($"{definitionId}:{personKey}")[..16]}"
            : $"{definitionId}-{row.Id[..16]}";
        var start = new StartInstance(instanceId, definitionId, null, InboundCaseInput.For(message, definitionId, division, row.Id))
        {
            RequestKey = $"{instanceId}:start",
        };
        var result = await commands.ExecuteAsync(start, cancellationToken).ConfigureAwait(false);
        return result.Rejection is { } rejection
            ? await Park(row, $"发起流程 {definitionId} 失败：{rejection.Message}", division, personKey, by, cancellationToken).ConfigureAwait(false)
            : await SettleAsync(row, new(InboundStatuses.Routed, null, route.Source, instanceId, division, personKey), by, cancellationToken)
                .ConfigureAwait(false);
    }

    /// <summary>The effect of a life event; for a death or a move, the division of the household here (null when the system does not know it).</summary>
    private async Task<string?> ApplyEffectAsync(object message, string sender, CancellationToken cancellationToken)
    {
        var lifeEvents = lifeEventsHandlers.FirstOrDefault();
        if (lifeEvents is null)
        {
            return null;
        }
        switch (message)
        {
            case PersonDied died:
                return (await lifeEvents.PersonDiedAsync(died.IdNumber, died.DiedOn, died.Source, cancellationToken).ConfigureAwait(false)).HouseholdDivisionCode;
            case PersonMoved moved:
                // Routed where the person lived here (the ledger knows), else where they moved to.
                return (await lifeEvents.PersonMovedAsync(moved.IdNumber, moved.MovedOn, moved.ToDivisionCode, sender, cancellationToken).ConfigureAwait(false))
                    .HouseholdDivisionCode;
            case PopulationRecordChanged person:
                await lifeEvents.RecordPersonAsync(new PopulationRecord(person.IdNumber, person.Name, person.HouseholdIdNumber, person.DivisionCode,
                    person.Died, sender), cancellationToken).ConfigureAwait(false);
                if (person.Died is { } day)
                {
                    await lifeEvents.PersonDiedAsync(person.IdNumber, day, sender, cancellationToken).ConfigureAwait(false);
                }
                return null;
            default:
                return null;
        }
    }

    private Task<InboundMessageRecord> Park(InboundMessageRecord row, string reason, string? division, string? personKey, By by,
        CancellationToken cancellationToken) =>
        SettleAsync(row, new(InboundStatuses.Parked, reason, null, null, division, personKey), by, cancellationToken);

    private async Task<InboundMessageRecord> SettleAsync(InboundMessageRecord row, InboundSettlement settlement, By by, CancellationToken cancellationToken)
    {
        var action = by.Reprocess ? "inbound.reprocess" : settlement.Status == InboundStatuses.Parked ? "inbound.park" : "inbound.route";
        var audit = InboundAudit.Entry(time, by.ActorId, action, row.Id, new
        {
            kind = row.Kind, sender = row.Sender, status = settlement.Status, route = settlement.Route, instanceId = settlement.InstanceId,
            reason = settlement.Reason,
        });
        await store.SettleAsync(row.Id, row.Status, settlement, time.GetUtcNow(), audit, cancellationToken).ConfigureAwait(false);
        // Another host may have settled it a moment earlier; the row as stored is the answer either way.
        return await store.GetAsync(row.Id, cancellationToken).ConfigureAwait(false) ?? row;
    }

    /// <summary>Who handles the message: the system on arrival, an administrator's 重新处理.</summary>
    private readonly record struct By(string ActorId, bool Reprocess);
}
