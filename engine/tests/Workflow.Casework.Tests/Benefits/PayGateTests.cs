using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Benefits;

namespace Workflow.Casework.Tests.Benefits;

public sealed class PayGateTests
{
    [Fact]
    public void HeldIn_TheMonthsBeforeTheUpload_AreHeld_FromItsMonthInChinaTimePaid()
    {
        var uploaded = new DateTimeOffset(2026, 4, 30, 17, 0, 0, TimeSpan.Zero); // 1 May in China

        Assert.True(PayGate.HeldIn(LedgerMonth.Of(2026, 4), [uploaded]));
        Assert.False(PayGate.HeldIn(LedgerMonth.Of(2026, 5), [uploaded]));
        Assert.True(PayGate.HeldIn(LedgerMonth.Of(2026, 9), []));
    }
}
