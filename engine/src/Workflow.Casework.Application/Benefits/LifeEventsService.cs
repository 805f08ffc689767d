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
    /// <summary>How often a death is decided again after another host recomputed the same household meanwhile.</summary>
    private const int Attempts = 5;

    public async Task<LifeEventResult> PersonDiedAsync(string idNumber, DateOnly died, string source, CancellationToken cancellationToken)
    {
        var key = PersonKey.Of(idNumber);
        var known = await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false);
        if (known is null && Unknown(idNumber, died) is { } stranger)
        {
            // Recorded dead although the ledger did not know them: a later application or import then finds a death, so
            // no rule (高龄津贴 免申即享) grants them anything.
            await ledger.RecordPersonAsync(stranger, overwrite: false, Audit(KnownPeopleAudit.Known, key, source), cancellationToken).ConfigureAwait(false);
        }
        for (var attempt = 1; ; attempt++)
        {
            var person = await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false);
            var rows = await ledger.ConcerningAsync(key, person?.HouseholdKey ?? key, cancellationToken).ConfigureAwait(false);
            var outcomes = LifeEvents.PersonDied(key, died, rows.Select(LedgerWrites.ToDomain), LedgerItems.AmountFollowsSize, time.GetUtcNow());
            try
            {
                var changed = await ledger.ApplyAsync(LedgerWrites.Of(outcomes, source), person is null ? null : (key, died),
                    Audit(KnownPeopleAudit.Died, key, source, died.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), cancellationToken)
                    .ConfigureAwait(false);
                var division = known?.DivisionCode is { Length: > 0 } d ? d : rows.FirstOrDefault()?.DivisionCode;
                return new LifeEventResult(changed, division);
            }
            catch (LedgerConflictException) when (attempt < Attempts)
            {
                // Another death in the same household was recorded since the read (two hosts, two messages): decide on
                // the household as it now stands, so neither recompute is lost.
            }
        }
    }

    public async Task<LifeEventResult> PersonMovedAsync(string idNumber, DateOnly moved, string toDivisionCode, string source,
        CancellationToken cancellationToken)
    {
        var key = PersonKey.Of(idNumber);
        var person = await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false);
        var rows = await ledger.ConcerningAsync(key, person?.HouseholdKey ?? key, cancellationToken).ConfigureAwait(false);
        var outcomes = LifeEvents.PersonMoved(key, moved, toDivisionCode, rows.Select(LedgerWrites.ToDomain), time.GetUtcNow());
        var changed = await ledger.ApplyAsync(LedgerWrites.Of(outcomes, source), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (person is not null)
        {
            await ledger.RecordPersonAsync(person with { DivisionCode = toDivisionCode }, overwrite: true, Audit(KnownPeopleAudit.Population, key, source),
                cancellationToken).ConfigureAwait(false);
        }
        return new LifeEventResult(changed, person?.DivisionCode);
    }

    /// <summary>An outside event's change of a known person, under <c>system</c>, naming where it came from.</summary>
    private CaseworkAuditEntry Audit(string action, string personKey, string source, string? died = null) =>
        KnownPeopleAudit.Of(time, "system", action, personKey, new { source, died });

    /// <summary>
    /// A person the ledger first hears of by their death: the birth date from the ID number, their own household, and no
    /// division (<see cref="UnknownDivision"/>: the number tells only where it was issued, not where they lived); null
    /// when the number holds no real date.
    /// </summary>
    private KnownPersonRecord? Unknown(string idNumber, DateOnly died) =>
        KnownPeople.Of(idNumber, idNumber, UnknownDivision, ChinaTime.DayOf(time.GetUtcNow())) is { } person ? person with { Died = died } : null;

    /// <summary>The division of a person known only from their death: none, so no rule routes or pays anything by it.</summary>
    public const string UnknownDivision = "";

    /// <summary>Population data is authoritative: it replaces what the window recorded (except the day first known and a recorded death).</summary>
    public Task RecordPersonAsync(PopulationRecord person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (KnownPeople.Of(person.IdNumber, person.HouseholdIdNumber, person.DivisionCode, ChinaTime.DayOf(time.GetUtcNow())) is not { } known)
        {
            return Task.CompletedTask;
        }
        return ledger.RecordPersonAsync(known with { Died = person.Died }, overwrite: true, Audit(KnownPeopleAudit.Population, known.PersonKey, person.Source),
            cancellationToken);
    }
}
