using Workflow.Engine.Ports;

namespace Workflow.Casework.Tests;

/// <summary>Leave cover (代理, issue 12): the one rule that adds deputies to a new task's candidates, and who may be named.</summary>
public sealed class LeaveCoverTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly Organisation Org = TestOrganisation.Build();
    private static readonly Assignment Township =
        new(TestOrganisation.Township, [new Candidate("zhangwei", "持有岗位 民政办"), new Candidate("zhaolei", "持有岗位 民政办")]);

    [Fact]
    public void AddDeputies_InRange_AddsTheDeputyCoveringTheAbsentCandidate()
    {
        var cover = new DeputyArrangement("d1", "zhangwei", "wangfang", Monday, Monday.AddDays(4));

        var result = LeaveCover.AddDeputies(Township, [cover], Monday.AddDays(4));

        var deputy = Assert.Single(result.Candidates, c => c.UserId == "wangfang");
        Assert.Equal("zhangwei", deputy.CoverFor);
        Assert.Equal(3, result.Candidates.Count);
    }

    [Fact]
    public void AddDeputies_DeputyTheOrganisationRefusesForThisTask_IsNotAdded()
    {
        // The organisation's answer for the task (回避 for the applicant, a deactivated account, an office that does not
        // hold the case) comes last: the arrangement itself was valid when it was made.
        var cover = new DeputyArrangement("d1", "zhangwei", "wangfang", Monday, Monday.AddDays(4));

        Assert.Same(Township, LeaveCover.AddDeputies(Township, [cover], Monday, mayCover: id => id != "wangfang"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void AddDeputies_OutOfRange_ChangesNothing(int days)
    {
        var cover = new DeputyArrangement("d1", "zhangwei", "wangfang", Monday, Monday.AddDays(4));

        Assert.Same(Township, LeaveCover.AddDeputies(Township, [cover], Monday.AddDays(days)));
    }

    [Fact]
    public void AddDeputies_DeputyAlreadyACandidate_IsNotAddedTwice()
    {
        var cover = new DeputyArrangement("d1", "zhangwei", "zhaolei", Monday, Monday);

        Assert.Equal(2, LeaveCover.AddDeputies(Township, [cover], Monday).Candidates.Count);
    }

    [Theory]
    [InlineData("wangfang", null)]
    [InlineData("liuqiang", "代理人须与本人在同一单位任职（同一行政区划的岗位，部门岗位须同一部门）")]
    [InlineData("admin", "代理人须与本人在同一单位任职（同一行政区划的岗位，部门岗位须同一部门）")]
    [InlineData("zhangwei", "不能指定本人为代理人")]
    [InlineData("nobody", "组织机构中没有此代理人")]
    public void Refuse_OnlySomeoneInTheSameOffice_MayBeNamed(string deputy, string? expected)
    {
        var zhangwei = Org.FindUser("zhangwei")!;

        Assert.Equal(expected, LeaveCover.Refuse(Org, zhangwei, deputy, Monday, Monday.AddDays(2), Monday));
    }
}
