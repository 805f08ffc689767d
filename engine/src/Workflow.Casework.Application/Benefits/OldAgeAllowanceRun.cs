using Workflow.Casework.Benefits;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// 高龄津贴 免申即享: applies <see cref="OldAgeAllowance.Due"/> over the living people the system knows who are 80 or
/// older today (China time) and live in a county of the organisation (<see cref="Covers"/>): someone who moved away is
/// another county's to pay. The entitlement's id is derived from the person and inserted only if absent, so two hosts
/// running at once grant once; a raise at 90 or 100 is written at one position of the history, so once too.
/// </summary>
public sealed class OldAgeAllowanceRun(LedgerStore ledger, CaseworkStore casework, CaseworkDirectory directory, TimeProvider time)
{
    private const int Batch = 500;

    /// <summary>
    /// How many ledger changes the run made (grants and raises); 0 when everyone was already up to date. The run itself is
    /// audited too, under <paramref name="actorId"/> (<c>system</c> for the daily run, the operator for one on demand).
    /// </summary>
    public async Task<int> RunAsync(string actorId, CancellationToken cancellationToken)
    {
        var changed = await GrantDueAsync(cancellationToken).ConfigureAwait(false);
        await casework.AppendAuditAsync(LedgerWrites.RunAudit(time.GetUtcNow(), actorId, OldAgeAllowance.ItemCode, LedgerRules.OldAgeAllowanceOnBirthday, changed),
            cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Whether the organisation has the county (区县) of <paramref name="divisionCode"/>: the jurisdiction that pays there.</summary>
    public static bool Covers(Organisation organisation, string divisionCode)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return LifeEvents.JurisdictionOf(divisionCode) is { } county && organisation.FindDivision(county.Value) is not null;
    }

    private async Task<int> GrantDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.DayOf(now);
        var changed = 0;
        var after = "";
        while (true)
        {
            var people = await ledger.PeopleBornByAsync(today.AddYears(-80), after, Batch, cancellationToken).ConfigureAwait(false);
            var organisation = directory.Organisation;
            foreach (var p in people.Where(p => Covers(organisation, p.DivisionCode)))
            {
                var existing = await ledger.GetAsync(OldAgeAllowance.EntitlementId(p.PersonKey), cancellationToken).ConfigureAwait(false);
                var person = new KnownPerson(p.PersonKey, p.HouseholdKey, p.BirthDate, p.DivisionCode, p.KnownSince, p.Died);
                if (OldAgeAllowance.Due(person, existing is null ? null : LedgerWrites.ToDomain(existing), today, now) is { Changes.Count: > 0 } due)
                {
                    changed += await ledger.ApplyAsync(LedgerWrites.Of([due], "rule:" + OldAgeAllowance.ItemCode), cancellationToken: cancellationToken)
                        .ConfigureAwait(false);
                }
            }
            if (people.Count < Batch)
            {
                return changed;
            }
            after = people[^1].PersonKey;
        }
    }
}
