using Workflow.Engine.Ports;

namespace Workflow.Casework.Tests;

/// <summary>Who the organisation lets a task be handed to: active, not recused, with a fitting post or area.</summary>
public sealed class HandOverTargetTests
{
    private readonly OrganisationDirectory _directory = new(TestOrganisation.Build());

    private static AssignmentRequest TownshipReview(string? applicant = null) =>
        new("民政办", "township", TestOrganisation.Township, null, "dibao", applicant, TestOrganisation.Village);

    private static AssignmentRequest DisabilityReferral() =>
        new(null, "district", TestOrganisation.District, "district-dpf", "disability-subsidies", null, TestOrganisation.Village);

    [Theory]
    [InlineData("zhaolei", HolderRole.Holder, null)]                     // same post, same office
    [InlineData("wangfang", HolderRole.Holder, "岗位 民政办")]            // in the office, another post
    [InlineData("xh-window", HolderRole.Holder, "岗位 民政办")]           // another province
    [InlineData("retired", HolderRole.Holder, "已停用")]
    [InlineData("nobody", HolderRole.Holder, "没有此人")]
    [InlineData("lina", HolderRole.Reader, null)]                        // the case's own village
    [InlineData("liuqiang", HolderRole.Reader, null)]                    // the district above
    [InlineData("xh-window", HolderRole.Reader, "不管辖")]
    [InlineData("liuqiang", HolderRole.Assigned, null)]
    [InlineData("xh-window", HolderRole.Assigned, "不管辖")]
    public void RefuseHolder_PostTask_FollowsTheRole(string userId, HolderRole role, string? refusal)
    {
        var reason = _directory.RefuseHolder(TownshipReview(), userId, role);

        if (refusal is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.Contains(refusal, reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(HolderRole.Holder)]
    [InlineData(HolderRole.Reader)]
    [InlineData(HolderRole.Assigned)]
    public void RefuseHolder_TheApplicantsRelative_IsRecusedInEveryRole(HolderRole role) =>
        Assert.Contains("回避", _directory.RefuseHolder(TownshipReview(TestOrganisation.ApplicantId), "zhaolei", role), StringComparison.Ordinal);

    [Theory]
    [InlineData("zhouli", null)]
    [InlineData("chenjing", "承办部门")]
    public void RefuseHolder_DepartmentTask_NeedsThatDepartment(string userId, string? refusal)
    {
        var reason = _directory.RefuseHolder(DisabilityReferral(), userId, HolderRole.Holder);

        if (refusal is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.Contains(refusal, reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RefuseHolder_AnUnconfiguredPost_StillNeedsAnActivePersonOfTheOrganisation()
    {
        var unconfigured = new AssignmentRequest("未登记岗位", "township", TestOrganisation.Township, null, "dibao", TestOrganisation.ApplicantId);

        Assert.Null(_directory.RefuseHolder(unconfigured, "wangfang", HolderRole.Holder));
        Assert.Contains("没有此人", _directory.RefuseHolder(unconfigured, "anyone", HolderRole.Holder), StringComparison.Ordinal);
        Assert.Contains("已停用", _directory.RefuseHolder(unconfigured, "retired", HolderRole.Holder), StringComparison.Ordinal);
        Assert.Contains("回避", _directory.RefuseHolder(unconfigured, "zhaolei", HolderRole.Holder), StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseHolder_AnOrganisationWithNobody_CannotJudge() =>
        Assert.Null(new OrganisationDirectory(Organisation.Empty).RefuseHolder(TownshipReview(), "anyone", HolderRole.Holder));
}
