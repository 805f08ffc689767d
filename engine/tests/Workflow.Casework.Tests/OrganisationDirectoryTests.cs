using Workflow.Engine.Ports;

namespace Workflow.Casework.Tests;

public sealed class OrganisationDirectoryTests
{
    private readonly OrganisationDirectory _directory = new(TestOrganisation.Build());

    private static AssignmentRequest Post(string post, string level, string division, string? applicant = null) =>
        new(post, level, division, null, "dibao", applicant);

    [Fact]
    public void Resolve_PostHoldersAtExactlyThatDivision_AreCandidatesInIdOrder()
    {
        var result = _directory.Resolve(Post("民政办", "township", TestOrganisation.Township));
        Assert.Equal(TestOrganisation.Township, result.DivisionCode);
        Assert.Null(result.Fallback);
        Assert.Equal(
            [new Candidate("zhangwei", "持有岗位 民政办 @ 500113102000"), new Candidate("zhaolei", "持有岗位 民政办 @ 500113102000")],
            result.Candidates);
    }

    [Fact]
    public void Resolve_VacantPost_FallsBackToTheParentAndRecordsIt()
    {
        // 500113103000 has only an inactive 民政办, so the task goes up to the district.
        var org = TestOrganisation.Builder()
            .AddUser(new("cq-mzb", "市级民政办", null, null, [new("民政办", TestOrganisation.District)], []))
            .Build();
        var result = new OrganisationDirectory(org).Resolve(Post("民政办", "township", TestOrganisation.VacantTownship));
        Assert.Equal(TestOrganisation.District, result.DivisionCode);
        Assert.Equal("岗位 民政办 @ 500113103000 空缺，按规则上提至 500113000000", result.Fallback);
        Assert.Equal([new Candidate("cq-mzb", "持有岗位 民政办 @ 500113000000")], result.Candidates);
    }

    [Fact]
    public void Resolve_VacantVillageEvenUnregistered_FallsBackToItsTownship()
    {
        var org = TestOrganisation.Builder()
            .AddUser(new("nanpeng", "南彭协理员", null, null, [new("村协理员", TestOrganisation.VacantTownship)], []))
            .Build();
        var result = new OrganisationDirectory(org).Resolve(Post("村协理员", "village", "500113103099"));
        Assert.Equal(TestOrganisation.VacantTownship, result.DivisionCode);
        Assert.Equal("岗位 村协理员 @ 500113103099 空缺，按规则上提至 500113103000", result.Fallback);
        Assert.Equal("nanpeng", Assert.Single(result.Candidates).UserId);
    }

    [Fact]
    public void Resolve_ApplicantAndRelatives_NeverCandidatesAndExclusionRecorded()
    {
        var result = _directory.Resolve(Post("民政办", "township", TestOrganisation.Township, TestOrganisation.ApplicantId));
        var only = Assert.Single(result.Candidates);
        Assert.Equal("zhangwei", only.UserId);
        Assert.Equal("持有岗位 民政办 @ 500113102000；回避排除 zhaolei", only.Reason);
        Assert.DoesNotContain(TestOrganisation.ApplicantId, only.Reason, StringComparison.Ordinal);

        var self = _directory.Resolve(Post("民政办", "township", TestOrganisation.Township, TestOrganisation.ZhangweiId));
        Assert.Equal(["zhaolei"], self.Candidates.Select(c => c.UserId));
    }

    [Fact]
    public void Resolve_EveryHolderMustAvoid_GoesUpAndSaysWhy()
    {
        var applicant = TestIds.Make("500113", "19600101", 5);
        var org = TestOrganisation.Builder()
            .AddUser(new("v-relative", "亲属协理员", null, null, [new("村协理员", TestOrganisation.Village2)], [applicant]))
            .AddUser(new("t-helper", "乡镇协理员", null, null, [new("村协理员", TestOrganisation.Township)], []))
            .Build();
        var result = new OrganisationDirectory(org).Resolve(Post("村协理员", "village", TestOrganisation.Village2, applicant));
        Assert.Equal(TestOrganisation.Township, result.DivisionCode);
        Assert.Equal("岗位 村协理员 @ 500113102002 空缺，按规则上提至 500113102000；回避排除 v-relative", result.Fallback);
        Assert.Equal("t-helper", Assert.Single(result.Candidates).UserId);
    }

    [Fact]
    public void Resolve_NobodyAnywhere_IsFlaggedForManualAssignment()
    {
        var result = _directory.Resolve(Post("儿童主任", "village", TestOrganisation.Village));
        Assert.Empty(result.Candidates);
        Assert.Equal("岗位 儿童主任 @ 500113102001 及其上级均无可用人员，需人工指派", result.Fallback);
    }

    [Fact]
    public void Resolve_UnknownPost_IsUnresolved()
    {
        var request = Post("不存在的岗位", "township", TestOrganisation.Township);
        Assert.Equal(Assignment.Unresolved(request).DivisionCode, _directory.Resolve(request).DivisionCode);
        Assert.Empty(_directory.Resolve(request).Candidates);
        Assert.Null(_directory.Resolve(request).Fallback);
        Assert.Null(_directory.Resolve(new AssignmentRequest(null, null, null, null, null, null)).Fallback);
    }

    [Fact]
    public void Resolve_DepartmentTask_GoesToTheDepartmentUsers()
    {
        var request = new AssignmentRequest(null, "district", TestOrganisation.District, "district-education", "education-assistance", null);
        var result = _directory.Resolve(request);
        Assert.Equal([new Candidate("chenjing", "持有岗位 部门经办 @ 500113000000（部门 district-education）")], result.Candidates);
        Assert.Null(result.Fallback);

        var noDivision = _directory.Resolve(request with { DivisionCode = null });
        Assert.Equal(TestOrganisation.District, noDivision.DivisionCode);
        Assert.Equal("chenjing", Assert.Single(noDivision.Candidates).UserId);

        var wrongPost = _directory.Resolve(request with { Post = "民政办" });
        Assert.Empty(wrongPost.Candidates);
        Assert.NotNull(wrongPost.Fallback);
    }

    [Fact]
    public void Resolve_DepartmentWithNobody_IsFlaggedAndUnknownOneUnresolved()
    {
        var vacant = _directory.Resolve(new AssignmentRequest(null, "district", TestOrganisation.District, "district-medical-insurance", null, null));
        Assert.Empty(vacant.Candidates);
        Assert.Equal("部门 区医保局(district-medical-insurance) @ 500113000000 及其上级均无可用人员，需人工指派", vacant.Fallback);

        var unknown = _directory.Resolve(new AssignmentRequest(null, "district", TestOrganisation.District, "nope", null, null));
        Assert.Empty(unknown.Candidates);
        Assert.Null(unknown.Fallback);
    }

    [Fact]
    public void Resolve_SameRequest_IsDeterministic()
    {
        var a = _directory.Resolve(Post("民政办", "township", TestOrganisation.Township));
        var b = new OrganisationDirectory(TestOrganisation.Build()).Resolve(Post("民政办", "township", TestOrganisation.Township));
        Assert.Equal(a.Candidates, b.Candidates);
    }
}
