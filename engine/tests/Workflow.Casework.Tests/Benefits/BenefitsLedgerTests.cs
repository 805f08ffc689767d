using Workflow.Casework.Benefits;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Tests.Benefits;

public sealed class BenefitsLedgerTests
{
    private static readonly DateTimeOffset At = new(2026, 7, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Beneficiary Elder = Beneficiary.Person("p-elder", "h-1");

    [Fact]
    public void Grant_StartsTheMonthAfterApproval_AndIsAudited()
    {
        var outcome = BenefitsLedger.Grant(Tekun(new DateOnly(2026, 7, 15), 110_600), "officer", At);

        var entitlement = Assert.IsType<Entitlement>(outcome.Entitlement);
        Assert.Equal(LedgerMonth.Of(2026, 8), entitlement.StartMonth);
        Assert.Equal(0, entitlement.FenFor(LedgerMonth.Of(2026, 7)));
        Assert.Equal(110_600, entitlement.FenFor(LedgerMonth.Of(2026, 8)));
        var granted = Assert.IsType<EntitlementGranted>(Assert.Single(outcome.Changes));
        Assert.Equal((LedgerRules.StartMonthAfterApproval, "officer"), (granted.Rule, granted.ActorId));
    }

    [Fact]
    public void Grant_UnderTheMonthOfApprovalRule_StartsThatMonth()
    {
        var outcome = BenefitsLedger.Grant(Tekun(new DateOnly(2026, 7, 15), 100) with { StartRule = LedgerRules.StartMonthOfApproval }, "officer", At);

        Assert.Equal(LedgerMonth.Of(2026, 7), outcome.Entitlement!.StartMonth);
    }

    [Theory]
    [InlineData(0L, "monthlyFen")]
    [InlineData(-5L, "monthlyFen")]
    public void Grant_WithoutAPositiveAmount_IsRefused(long fen, string field)
    {
        var outcome = BenefitsLedger.Grant(Tekun(new DateOnly(2026, 7, 15), fen), "officer", At);

        Assert.Equal((RejectionType.InvalidInput, field), (outcome.Rejection!.Type, outcome.Rejection.Field));
        Assert.Empty(outcome.Changes);
    }

    [Fact]
    public void ChangeAmount_IsANewPeriod_SoEarlierMonthsKeepTheirAmount()
    {
        var granted = Granted(110_600);

        var outcome = BenefitsLedger.ChangeAmount(granted, LedgerMonth.Of(2027, 1), 120_000, [], LedgerRules.AmountChangedByDecision, "officer", At);

        Assert.Equal(110_600, outcome.Entitlement!.FenFor(LedgerMonth.Of(2026, 12)));
        Assert.Equal(120_000, outcome.Entitlement.FenFor(LedgerMonth.Of(2027, 1)));
        Assert.Equal(2, outcome.Entitlement.Amounts.Count);
        Assert.IsType<EntitlementAmountChanged>(Assert.Single(outcome.Changes));
    }

    [Fact]
    public void ChangeAmount_ToTheAmountInForce_ChangesNothing()
    {
        var granted = Granted(110_600);

        var outcome = BenefitsLedger.ChangeAmount(granted, LedgerMonth.Of(2027, 1), 110_600, [], LedgerRules.AmountChangedByDecision, "officer", At);

        Assert.Same(granted, outcome.Entitlement);
        Assert.Empty(outcome.Changes);
    }

    [Fact]
    public void Stop_EndsPaymentsFromThatMonth_AndAgainChangesNothing()
    {
        var stopped = BenefitsLedger.Stop(Granted(110_600), LedgerMonth.Of(2027, 3), "本人死亡", LedgerRules.StopMonthAfterDeath, "system", At);
        var again = BenefitsLedger.Stop(stopped.Entitlement!, LedgerMonth.Of(2027, 3), "本人死亡", LedgerRules.StopMonthAfterDeath, "system", At);

        Assert.Equal(110_600, stopped.Entitlement!.FenFor(LedgerMonth.Of(2027, 2)));
        Assert.Equal(0, stopped.Entitlement.FenFor(LedgerMonth.Of(2027, 3)));
        Assert.Single(stopped.Changes);
        Assert.Empty(again.Changes);
    }

    [Fact]
    public void Stop_BeforeTheStart_MeansNeverPaid()
    {
        var stopped = BenefitsLedger.Stop(Granted(110_600), LedgerMonth.Of(2026, 1), "撤销", LedgerRules.StopByDecision, "officer", At);

        Assert.Equal(LedgerMonth.Of(2026, 8), stopped.Entitlement!.StopMonth);
        Assert.Equal(0, stopped.Entitlement.FenFor(LedgerMonth.Of(2026, 8)));
    }

    [Fact]
    public void ChangeAmount_AfterTheStop_ChangesNothing()
    {
        var stopped = BenefitsLedger.Stop(Granted(110_600), LedgerMonth.Of(2027, 3), "本人死亡", LedgerRules.StopMonthAfterDeath, "system", At).Entitlement!;

        Assert.Empty(BenefitsLedger.ChangeAmount(stopped, LedgerMonth.Of(2027, 4), 1, [], LedgerRules.AmountChangedByDecision, "officer", At).Changes);
    }

    [Fact]
    public void EveryRule_HasAChineseText()
    {
        var rules = typeof(LedgerRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(rules.Order(), LedgerRules.All.Order());
        Assert.All(rules, r => Assert.Matches("\\p{IsCJKUnifiedIdeographs}", LedgerRules.TextOf(r)));
    }

    private static GrantRequest Tekun(DateOnly approved, long fen) =>
        new("e-1", ServiceItemCodes.Tekun, Elder, "500113102001", "case-1", approved, fen);

    private static Entitlement Granted(long fen) => BenefitsLedger.Grant(Tekun(new DateOnly(2026, 7, 15), fen), "officer", At).Entitlement!;
}
