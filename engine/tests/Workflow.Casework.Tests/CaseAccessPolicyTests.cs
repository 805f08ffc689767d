namespace Workflow.Casework.Tests;

/// <summary>The one access policy, as a civil-affairs office works: least privilege for departments, supervisors and child protection.</summary>
public sealed class CaseAccessPolicyTests
{
    private const string District = TestOrganisation.District;
    private const string Township = TestOrganisation.Township;
    private const string Village = TestOrganisation.Village;

    private static readonly Organisation Org = TestOrganisation.Build();

    private static AccessSubject Who(string userId) => AccessSubject.Of(Org.FindUser(userId)!);

    private static readonly TaskFacts VillageVisit = new(Village, null, true, ["lina"], ["lina"]);

    private static CaseFacts Dibao(bool childProtection = false, params TaskFacts[] extra) =>
        new([Village], childProtection, Township, [District], [VillageVisit, .. extra]);

    [Theory]
    [InlineData("lina", true)]        // the village assistant: her village, and she holds the visit
    [InlineData("zhangwei", true)]    // the township office: its area
    [InlineData("liuqiang", true)]    // the district office decides
    [InlineData("wangfang", true)]    // the window that accepted it
    [InlineData("zhouli", false)]     // 区残联: a department post sees only what is referred to it
    [InlineData("chenjing", false)]   // 区教育局: likewise
    [InlineData("xh-window", false)]  // another province
    [InlineData("admin", true)]
    public void MaySee_ADibaoCase(string userId, bool sees) =>
        Assert.Equal(sees, CaseAccessPolicy.MaySee(Who(userId), Dibao()));

    [Fact]
    public void MaySee_ADepartmentSeesTheCaseOnceReferredToIt_InItsOwnArea()
    {
        var referred = Dibao(extra: new TaskFacts(District, "district-education", true, [], []));
        var elsewhere = Dibao(extra: new TaskFacts("511722000000", "district-education", true, [], []));

        Assert.True(CaseAccessPolicy.MaySee(Who("chenjing"), referred));
        Assert.False(CaseAccessPolicy.MaySee(Who("zhouli"), referred));
        Assert.False(CaseAccessPolicy.MaySee(Who("chenjing"), elsewhere));
    }

    [Theory]
    [InlineData("lina", false)]       // a 村协理员 is not named by the child-protection rules
    [InlineData("zhangwei", true)]
    [InlineData("liuqiang", true)]
    [InlineData("wangfang", true)]
    [InlineData("admin", true)]
    public void MaySee_AChildProtectionCase_OnlyThePostsItNames(string userId, bool sees) =>
        Assert.Equal(sees, CaseAccessPolicy.MaySee(Who(userId), Orphan));

    [Fact]
    public void MaySee_AChildProtectionCase_BySomeoneItsTasksName() =>
        Assert.True(CaseAccessPolicy.MaySee(Who("lina"), Dibao(childProtection: true)));

    private static readonly CaseFacts Orphan =
        new([Village], true, Township, [District], [new TaskFacts(Township, null, true, ["zhangwei"], ["zhangwei"])]);

    [Fact]
    public void MaySee_AChildProtectionCase_ByTheDepartmentItIsReferredTo_ButNoOtherDepartment()
    {
        var referred = Dibao(true, new TaskFacts(District, "district-education", true, [], []));

        Assert.True(CaseAccessPolicy.MaySee(Who("chenjing"), referred));
        Assert.False(CaseAccessPolicy.MaySee(Who("zhouli"), referred));
    }

    [Theory]
    [InlineData("wangfang", true)]    // the accepting window
    [InlineData("lina", true)]        // handles the open visit
    [InlineData("liuqiang", true)]    // the deciding level
    [InlineData("zhangwei", false)]   // sees the case, but has no task on it and does not decide it
    [InlineData("zhouli", false)]     // does not even see it
    public void RefuseReveal_NeedsAWindowATaskOrTheDecidingLevel(string userId, bool may) =>
        Assert.Equal(may, CaseAccessPolicy.RefuseReveal(Who(userId), Dibao()) is null);

    [Fact]
    public void RefuseReveal_ASupervisorOfTheDecidingDistrict_MayNot()
    {
        var dudao = new AccessSubject("dudao", [new PostAssignment(StandardPosts.Supervisor, District)]);

        Assert.True(CaseAccessPolicy.MaySee(dudao, Dibao()));
        Assert.NotNull(CaseAccessPolicy.RefuseReveal(dudao, Dibao()));
    }

    [Theory]
    [InlineData(District, true)]
    [InlineData(Township, true)]
    [InlineData("511722000000", false)]
    public void MayAdminister_AnAdministratorsOwnArea(string division, bool may)
    {
        Assert.Equal(may, CaseAccessPolicy.MayAdminister(Who("admin"), division));
        Assert.False(CaseAccessPolicy.MayAdminister(Who("liuqiang"), division));
    }
}
