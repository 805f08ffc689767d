using Workflow.Casework.Benefits;

namespace Workflow.Casework.Tests.Benefits;

public sealed class LifeEventsTests
{
    private static readonly DateTimeOffset At = new(2028, 5, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Died = new(2028, 5, 19);

    [Fact]
    public void PersonDied_StopsEveryEntitlementOfThePerson_FromTheFollowingMonth()
    {
        var own = new[] { PersonEntitlement("tekun", "p-1"), PersonEntitlement(OldAgeAllowance.ItemCode, "p-1") };

        var outcomes = LifeEvents.PersonDied("p-1", Died, own, _ => false, At);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(LedgerMonth.Of(2028, 6), o.Entitlement!.StopMonth));
        Assert.All(outcomes.SelectMany(o => o.Changes), c => Assert.Equal(LedgerRules.StopMonthAfterDeath, c.Rule));
    }

    [Fact]
    public void PersonDied_LeavesOtherPeoplesEntitlements()
    {
        var outcomes = LifeEvents.PersonDied("p-1", Died, [PersonEntitlement("tekun", "p-2")], _ => false, At);

        Assert.Empty(outcomes);
    }

    [Fact]
    public void PersonDied_RecomputesAPerMemberHouseholdAmount_ForTheOthers()
    {
        var household = HouseholdEntitlement(90_000, "p-1", "p-2", "p-3");

        var outcome = Assert.Single(LifeEvents.PersonDied("p-2", Died, [household], item => item == ServiceItemCodes.Dibao, At));

        Assert.Equal(90_000, outcome.Entitlement!.FenFor(LedgerMonth.Of(2028, 5)));
        Assert.Equal(60_000, outcome.Entitlement.FenFor(LedgerMonth.Of(2028, 6)));
        Assert.Equal(["p-1", "p-3"], outcome.Entitlement.PeriodAt(LedgerMonth.Of(2028, 6))!.Members);
        Assert.Equal(LedgerRules.AmountHouseholdSize, Assert.Single(outcome.Changes).Rule);
    }

    [Fact]
    public void PersonDied_KeepsAFlatHouseholdAmount_WithTheMembersLeft()
    {
        var outcome = Assert.Single(LifeEvents.PersonDied("p-2", Died, [HouseholdEntitlement(90_000, "p-1", "p-2")], _ => false, At));

        Assert.Equal(90_000, outcome.Entitlement!.FenFor(LedgerMonth.Of(2028, 6)));
        Assert.Equal(["p-1"], outcome.Entitlement.PeriodAt(LedgerMonth.Of(2028, 6))!.Members);
    }

    [Fact]
    public void PersonDied_OfTheLastMember_StopsTheHouseholdEntitlement()
    {
        var outcome = Assert.Single(LifeEvents.PersonDied("p-1", Died, [HouseholdEntitlement(30_000, "p-1")], _ => true, At));

        Assert.Equal(LedgerMonth.Of(2028, 6), outcome.Entitlement!.StopMonth);
    }

    [Fact]
    public void PersonDied_ReceivedTwice_ChangesNothingTheSecondTime()
    {
        var entitlements = new[] { PersonEntitlement("tekun", "p-2"), HouseholdEntitlement(90_000, "p-1", "p-2", "p-3") };
        var first = LifeEvents.PersonDied("p-2", Died, entitlements, _ => true, At);

        var second = LifeEvents.PersonDied("p-2", Died, first.Select(o => o.Entitlement!), _ => true, At);

        Assert.Equal(2, first.SelectMany(o => o.Changes).Count());
        Assert.Empty(second.SelectMany(o => o.Changes));
    }

    [Fact]
    public void PersonMoved_OutOfTheCounty_StopsOnlyThePersonsOwnEntitlements()
    {
        var outcomes = LifeEvents.PersonMoved("p-1", Died, "500114101001", [PersonEntitlement("tekun", "p-1"), HouseholdEntitlement(30_000, "p-1", "p-2")], At);

        var stopped = Assert.Single(outcomes);
        Assert.Equal(LedgerRules.StopMonthAfterMove, Assert.Single(stopped.Changes).Rule);
        Assert.Equal(LedgerMonth.Of(2028, 6), stopped.Entitlement!.StopMonth);
    }

    [Theory]
    [InlineData("500113102002")]
    [InlineData("500113001001")]
    public void PersonMoved_WithinTheEntitlementsCounty_StopsNothing(string toDivision)
    {
        var outcomes = LifeEvents.PersonMoved("p-1", Died, toDivision, [PersonEntitlement("tekun", "p-1")], At);

        Assert.Empty(outcomes);
    }

    [Fact]
    public void PersonMoved_ToADivisionThatIsNotValid_CountsAsOut()
    {
        Assert.Single(LifeEvents.PersonMoved("p-1", Died, "nowhere", [PersonEntitlement("tekun", "p-1")], At));
    }

    private static Entitlement PersonEntitlement(string item, string person) =>
        BenefitsLedger.Grant(new GrantRequest($"{item}:{person}", item, Beneficiary.Person(person, "h-1"), "500113102001", "case-1",
            new DateOnly(2026, 7, 15), 10_000), "officer", At).Entitlement!;

    private static Entitlement HouseholdEntitlement(long fen, params string[] members) =>
        BenefitsLedger.Grant(new GrantRequest("dibao:h-1", ServiceItemCodes.Dibao, Beneficiary.Household("h-1", members), "500113102001", "case-2",
            new DateOnly(2026, 7, 15), fen), "officer", At).Entitlement!;
}
