using Workflow.Casework.Application.Requests;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application;

/// <summary>
/// The people the system knows, for its scheduled rules (高龄津贴): population data, and the applicants and household
/// members accepted at a window. The window never overwrites what population data said.
/// </summary>
public sealed class KnownPeople(LedgerStore ledger, TimeProvider time)
{
    /// <summary>
    /// Records the applicant and the household members of an accepted application in <paramref name="divisionCode"/>, each
    /// new one audited (<see cref="KnownPeopleAudit.Known"/>) under <paramref name="actorId"/>; safe to repeat (a person
    /// already known is left as stored, with no entry).
    /// </summary>
    public async Task RecordApplicationAsync(ApplicationRequest form, string divisionCode, string actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Applicant?.IdNumber is not { } head)
        {
            return;
        }
        var today = ChinaTime.DayOf(time.GetUtcNow());
        foreach (var id in new[] { head }.Concat((form.Household ?? []).Select(m => m.IdNumber).OfType<string>()))
        {
            if (Of(id, head, divisionCode, today) is { } person)
            {
                await ledger.RecordPersonAsync(person, overwrite: false,
                    KnownPeopleAudit.Of(time, actorId, KnownPeopleAudit.Known, person.PersonKey, new { division = divisionCode }), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A known person from an ID number (the birth date is in it); null when the number has no real date.</summary>
    public static KnownPersonRecord? Of(string idNumber, string householdIdNumber, string divisionCode, DateOnly today) =>
        ChineseIdNumber.BirthDate(idNumber) is { } born
            ? new KnownPersonRecord(PersonKey.Of(idNumber), PersonKey.Of(householdIdNumber), born, divisionCode, today, null)
            : null;
}
