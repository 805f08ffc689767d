using Workflow.Casework.Application.Inbound;
using Workflow.Casework.Benefits;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// The ledger's side of 公安 / 卫健 and population data (<see cref="ILifeEvents"/>): a death stops every entitlement of
/// the person from the following month and recomputes their households' (<see cref="LifeEvents.PersonDied"/>), all in
/// one transaction; a move stops their own; the same event twice changes nothing, because the rules leave an
/// entitlement already stopped or recomputed as it is.
/// </summary>
public sealed class LifeEventsService(LedgerStore ledger, TimeProvider time) : ILifeEvents
{
    public async Task<LifeEventResult> PersonDiedAsync(string idNumber, DateOnly died, string source, CancellationToken cancellationToken)
    {
        var key = PersonKey.Of(idNumber);
        var person = await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false);
        var rows = await ledger.ConcerningAsync(key, person?.HouseholdKey ?? key, cancellationToken).ConfigureAwait(false);
        var outcomes = LifeEvents.PersonDied(key, died, rows.Select(LedgerWrites.ToDomain), LedgerItems.AmountFollowsSize, time.GetUtcNow());
        var changed = await ledger.ApplyAsync(LedgerWrites.Of(outcomes, source), person is null ? null : (key, died), cancellationToken)
            .ConfigureAwait(false);
        return new LifeEventResult(changed, person?.DivisionCode ?? rows.FirstOrDefault()?.DivisionCode);
    }

    public async Task<LifeEventResult> PersonMovedAsync(string idNumber, DateOnly moved, string toDivisionCode, string source,
        CancellationToken cancellationToken)
    {
        var key = PersonKey.Of(idNumber);
        var person = await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false);
        var rows = await ledger.ConcerningAsync(key, person?.HouseholdKey ?? key, cancellationToken).ConfigureAwait(false);
        var outcomes = LifeEvents.PersonMoved(key, moved, rows.Select(LedgerWrites.ToDomain), time.GetUtcNow());
        var changed = await ledger.ApplyAsync(LedgerWrites.Of(outcomes, source), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (person is not null)
        {
            await ledger.RecordPersonAsync(person with { DivisionCode = toDivisionCode }, overwrite: true, cancellationToken).ConfigureAwait(false);
        }
        return new LifeEventResult(changed, person?.DivisionCode);
    }

    /// <summary>Population data is authoritative: it replaces what the window recorded (except the day first known).</summary>
    public Task RecordPersonAsync(PopulationRecord person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (KnownPeople.Of(person.IdNumber, person.HouseholdIdNumber, person.DivisionCode, ChinaTime.DayOf(time.GetUtcNow())) is not { } known)
        {
            return Task.CompletedTask;
        }
        return ledger.RecordPersonAsync(known with { Died = person.Died }, overwrite: true, cancellationToken);
    }
}
