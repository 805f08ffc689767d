namespace Workflow.Casework.Benefits;

/// <summary>
/// 高龄津贴 without application (免申即享): a scheduled rule over the people the system knows grants it on the 80th
/// birthday and raises it at 90 and 100, each from the following month. Rates are Wansheng's (domain S-15: 50 元 at
/// 80–89, 100 元 at 90–99, 500 元 at 100+). The entitlement's id is derived from the person, so two hosts running the
/// rule at once write one row.
/// </summary>
public static class OldAgeAllowance
{
    public const string ItemCode = "old-age-allowance";

    private static readonly (int Age, long MonthlyFen)[] Bands = [(80, 5_000), (90, 10_000), (100, 50_000)];

    public static string EntitlementId(string personKey) => "old-age:" + personKey;

    /// <summary>The monthly amount for a person of <paramref name="age"/>, or 0 below 80.</summary>
    public static long MonthlyFenAt(int age) => Bands.LastOrDefault(b => age >= b.Age).MonthlyFen;

    /// <summary>
    /// The change due for <paramref name="person"/> on <paramref name="today"/>: a grant once they are 80, a raise once
    /// they pass a band, nothing when the ledger already has it or they are dead.
    /// </summary>
    public static LedgerOutcome? Due(KnownPerson person, Entitlement? existing, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var age = AgeOn(person.BirthDate, today);
        if (person.Died is { } died && died <= today || age < Bands[0].Age)
        {
            return null;
        }
        var band = Bands.Last(b => age >= b.Age);
        if (existing is null)
        {
            // From the month after the 80th birthday; someone the system first learned of later, from the month after
            // that (no back pay without a decision). A run missed for a few days still starts on the birthday's month.
            var eightieth = BirthdayAt(person.BirthDate, Bands[0].Age);
            var grantedOn = person.KnownSince > eightieth ? person.KnownSince : eightieth;
            return BenefitsLedger.Grant(new GrantRequest(EntitlementId(person.Key), ItemCode, Beneficiary.Person(person.Key, person.HouseholdKey),
                person.DivisionCode, "rule:" + ItemCode, grantedOn, band.MonthlyFen, LedgerRules.OldAgeAllowanceOnBirthday), System, at);
        }
        return BenefitsLedger.ChangeAmount(existing, LedgerMonth.After(BirthdayAt(person.BirthDate, band.Age)), band.MonthlyFen, [],
            LedgerRules.AmountAgeBand, System, at);
    }

    private const string System = "system";

    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return BirthdayAt(birthDate, age) > day ? age - 1 : age;
    }

    /// <summary>The day someone born on 29 February turns <paramref name="age"/> in a common year is 1 March.</summary>
    private static DateOnly BirthdayAt(DateOnly birthDate, int age) =>
        birthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(birthDate.Year + age)
            ? new DateOnly(birthDate.Year + age, 3, 1)
            : new DateOnly(birthDate.Year + age, birthDate.Month, birthDate.Day);
}

/// <summary>A person the system knows (from applications and population data): only what the scheduled rules need.</summary>
/// <param name="KnownSince">The day the system first had them (an application, a population-data import).</param>
public sealed record KnownPerson(string Key, string HouseholdKey, DateOnly BirthDate, string DivisionCode, DateOnly KnownSince, DateOnly? Died = null);
