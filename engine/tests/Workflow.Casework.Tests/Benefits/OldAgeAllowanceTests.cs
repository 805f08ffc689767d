using Workflow.Casework.Benefits;

namespace Workflow.Casework.Tests.Benefits;

public sealed class OldAgeAllowanceTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);
    private static readonly KnownPerson Grandmother = new("p-1", "h-1", new DateOnly(1946, 12, 7), "500113102001", new DateOnly(2020, 1, 1));

    [Fact]
    public void Due_TheDayBeforeThe80thBirthday_IsNothing()
    {
        Assert.Null(OldAgeAllowance.Due(Grandmother, null, new DateOnly(2026, 12, 6), At));
    }

    [Fact]
    public void Due_OnThe80thBirthday_GrantsFromTheFollowingMonth()
    {
        var outcome = OldAgeAllowance.Due(Grandmother, null, new DateOnly(2026, 12, 7), At)!;

        Assert.Equal(OldAgeAllowance.EntitlementId("p-1"), outcome.Entitlement!.Id);
        Assert.Equal(LedgerMonth.Of(2027, 1), outcome.Entitlement.StartMonth);
        Assert.Equal(5_000, outcome.Entitlement.FenFor(LedgerMonth.Of(2027, 1)));
        Assert.Equal(LedgerRules.OldAgeAllowanceOnBirthday, Assert.Single(outcome.Changes).Rule);
    }

    [Fact]
    public void Due_AfterAMissedRun_StillStartsFromTheMonthAfterTheBirthday()
    {
        var outcome = OldAgeAllowance.Due(Grandmother with { BirthDate = new DateOnly(1946, 11, 29) }, null, new DateOnly(2026, 12, 2), At)!;

        Assert.Equal(LedgerMonth.Of(2026, 12), outcome.Entitlement!.StartMonth);
    }

    [Fact]
    public void Due_WhenTheLedgerHasIt_ChangesNothing()
    {
        var granted = OldAgeAllowance.Due(Grandmother, null, new DateOnly(2026, 12, 7), At)!.Entitlement;

        Assert.Empty(OldAgeAllowance.Due(Grandmother, granted, new DateOnly(2027, 3, 1), At)!.Changes);
    }

    [Fact]
    public void Due_OnThe90thBirthday_RaisesTheAmountFromTheFollowingMonth()
    {
        var granted = OldAgeAllowance.Due(Grandmother, null, new DateOnly(2026, 12, 7), At)!.Entitlement!;

        var raised = OldAgeAllowance.Due(Grandmother, granted, new DateOnly(2036, 12, 7), At)!;

        Assert.Equal(5_000, raised.Entitlement!.FenFor(LedgerMonth.Of(2036, 12)));
        Assert.Equal(10_000, raised.Entitlement.FenFor(LedgerMonth.Of(2037, 1)));
        Assert.Equal(LedgerRules.AmountAgeBand, Assert.Single(raised.Changes).Rule);
    }

    [Fact]
    public void Due_ForSomeoneFirstKnownAfter80_StartsWithoutBackPay()
    {
        var latecomer = Grandmother with { BirthDate = new DateOnly(1940, 3, 1), KnownSince = new DateOnly(2026, 10, 9) };

        var outcome = OldAgeAllowance.Due(latecomer, null, new DateOnly(2026, 10, 9), At)!;

        Assert.Equal(LedgerMonth.Of(2026, 11), outcome.Entitlement!.StartMonth);
    }

    [Fact]
    public void Due_ForTheDead_IsNothing()
    {
        Assert.Null(OldAgeAllowance.Due(Grandmother with { Died = new DateOnly(2026, 12, 1) }, null, new DateOnly(2026, 12, 7), At));
    }

    [Theory]
    [InlineData(2028, 2, 28, 79)]
    [InlineData(2028, 2, 29, 80)]
    [InlineData(2027, 3, 1, 79)]
    public void AgeOn_CountsALeapDayBirthday(int year, int month, int day, int age)
    {
        Assert.Equal(age, OldAgeAllowance.AgeOn(new DateOnly(1948, 2, 29), new DateOnly(year, month, day)));
    }
}
