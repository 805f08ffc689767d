namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// What a life event reported by another system does to the casework: the benefits ledger's side of 公安 / 卫健 and
/// population data. The inbound messages (bus or HTTP) call it after their own de-duplication; each call is idempotent
/// too, so the same event received twice changes nothing.
/// </summary>
public interface ILifeEvents
{
    /// <summary>Stops every entitlement of the person from the following month, in one transaction, and recomputes their households'.</summary>
    Task<LifeEventResult> PersonDiedAsync(string idNumber, DateOnly died, string source, CancellationToken cancellationToken);

    /// <summary>A move out of the jurisdiction stops the person's own entitlements here from the following month.</summary>
    Task<LifeEventResult> PersonMovedAsync(string idNumber, DateOnly moved, string toDivisionCode, string source, CancellationToken cancellationToken);

    /// <summary>Population data: the system now knows the person (birth date, household, division) for its scheduled rules (高龄津贴).</summary>
    Task RecordPersonAsync(PopulationRecord person, CancellationToken cancellationToken);
}

/// <param name="EntitlementsChanged">How many ledger entries the event changed; 0 when it had already been applied.</param>
/// <param name="HouseholdDivisionCode">Where the person's household lives when the system knows them, e.g. for a 惠民殡葬 task.</param>
public sealed record LifeEventResult(int EntitlementsChanged, string? HouseholdDivisionCode);

/// <summary>One person from population data. <paramref name="HouseholdIdNumber"/> is the household head's ID number.</summary>
public sealed record PopulationRecord(string IdNumber, string Name, string HouseholdIdNumber, string DivisionCode, DateOnly? Died, string Source);
