using Workflow.Casework.Benefits;

namespace Workflow.Casework.Tests.Benefits;

public sealed class LedgerMonthTests
{
    [Fact]
    public void After_December_IsJanuaryOfTheNextYear()
    {
        Assert.Equal(LedgerMonth.Of(2027, 1), LedgerMonth.After(new DateOnly(2026, 12, 31)));
        Assert.Equal("2027-01", LedgerMonth.After(new DateOnly(2026, 12, 1)).ToString());
    }

    [Theory]
    [InlineData("2026-07", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026-7", false)]
    [InlineData("26-07-01", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsOnlyYearDashMonth(string? text, bool valid)
    {
        Assert.Equal(valid, LedgerMonth.TryParse(text, out var month));
        if (valid)
        {
            Assert.Equal(text, month.ToString());
        }
    }

    [Fact]
    public void Months_OrderAcrossYears()
    {
        Assert.True(LedgerMonth.Of(2026, 12) < LedgerMonth.Of(2027, 1));
        Assert.Equal(LedgerMonth.Of(2028, 2), LedgerMonth.Of(2026, 12).AddMonths(14));
    }
}
