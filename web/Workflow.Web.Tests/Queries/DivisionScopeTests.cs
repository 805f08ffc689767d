using Workflow.Web.Queries;

namespace Workflow.Web.Tests.Queries;

public sealed class DivisionScopeTests
{
    [Theory]
    [InlineData("500113000000", "500113102001", true)]
    [InlineData("500113102000", "500113102001", true)]
    [InlineData("500113102000", "500113102000", true)]
    [InlineData("500113102001", "500113102001", true)]
    [InlineData("500113102001", "500113102002", false)]
    [InlineData("500113102000", "500113103001", false)]
    [InlineData("500114000000", "500113102001", false)]
    [InlineData("500113000000", null, false)]
    public void Contains_ScopeAndCode_MatchesSubtree(string scope, string? code, bool expected) =>
        Assert.Equal(expected, DivisionScope.Contains(scope, code));
}
