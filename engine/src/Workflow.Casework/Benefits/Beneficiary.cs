namespace Workflow.Casework.Benefits;

public enum BeneficiaryKind
{
    /// <summary>One person: 特困, 高龄津贴, 残疾人两项补贴, or a member covered alone (单人户).</summary>
    Person,

    /// <summary>A whole household: 低保, whose amount depends on who lives in it.</summary>
    Household,
}

/// <summary>
/// Who receives an entitlement. Keys, never ID numbers (<see cref="PersonKey"/>): the ledger is read far more widely than
/// the applications. A person is always inside a household, so a death finds both the person's own entitlements and
/// the household's that counted them.
/// </summary>
/// <param name="PersonKey">The person's key; null for a household entitlement.</param>
/// <param name="HouseholdKey">The household's key (its applicant's person key).</param>
/// <param name="Members">For a household entitlement, the people it counts; empty for a person's.</param>
public sealed record Beneficiary(BeneficiaryKind Kind, string? PersonKey, string HouseholdKey, IReadOnlyList<string> Members)
{
    public static Beneficiary Person(string personKey, string householdKey) => new(BeneficiaryKind.Person, personKey, householdKey, []);

    public static Beneficiary Household(string householdKey, IReadOnlyList<string> members) => new(BeneficiaryKind.Household, null, householdKey, members);

    /// <summary>Whether this entitlement is the person's own or counts them as a household member.</summary>
    public bool Concerns(string personKey) =>
        Kind == BeneficiaryKind.Person ? PersonKey == personKey : Members.Contains(personKey);
}
