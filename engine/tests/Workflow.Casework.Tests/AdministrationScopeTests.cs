namespace Workflow.Casework.Tests;

/// <summary>A district administrator changes the district's part of the organisation and routing, never another's.</summary>
public sealed class AdministrationScopeTests
{
    private static readonly Organisation Before = TestOrganisation.Build();

    private static AccessSubject DistrictAdmin => AccessSubject.Of(Before.FindUser("admin")!);

    private static Organisation WithPhone(string userId) => new OrganisationBuilder()
        .AddRange(Before.Divisions, Before.Departments, Before.Posts, Before.Users.Select(u => u.Id == userId ? u with { Phone = "13900001111" } : u))
        .Build();

    [Fact]
    public void ChangingAPersonOfTheDistrict_IsAllowed_AnotherProvincesIsNot()
    {
        Assert.Null(AdministrationScope.RefuseOrganisationChange(DistrictAdmin, Before, WithPhone("lina")));
        Assert.Contains("511722100000", AdministrationScope.RefuseOrganisationChange(DistrictAdmin, Before, WithPhone("xh-window")), StringComparison.Ordinal);
        Assert.Null(AdministrationScope.RefuseOrganisationChange(DistrictAdmin, Before, Before));
    }

    [Fact]
    public void ThePostCatalogue_NeedsAnAdministratorWithoutAnArea()
    {
        var morePosts = new OrganisationBuilder()
            .AddRange(Before.Divisions, Before.Departments, Before.Posts.Append(new Post("新岗位", "新岗位")), Before.Users).Build();
        // The first administrator, made at setup with no division, administers nationwide.
        var root = AccessSubject.Of(Workflow.Engine.Runtime.Commands.Actor.User("root", ["系统管理员"]));

        Assert.NotNull(AdministrationScope.RefuseOrganisationChange(DistrictAdmin, Before, morePosts));
        Assert.True(root.IsAdministrator);
        Assert.Null(AdministrationScope.RefuseOrganisationChange(root, Before, morePosts));
    }

    [Fact]
    public void IsSystemWide_ADistrictAdministrator_IsNot_TheRootAndAProvincesAdministratorOfAOneProvinceOrganisationAre()
    {
        var root = AccessSubject.Of(Workflow.Engine.Runtime.Commands.Actor.User("root", ["系统管理员"]));
        var chongqingAdmin = AccessSubject.Of(Workflow.Engine.Runtime.Commands.Actor.User("cq-admin", ["系统管理员"], [TestOrganisation.Chongqing]));
        var chongqingOnly = new OrganisationBuilder().AddRange(Before.Divisions.Where(d => d.Code.StartsWith("50", StringComparison.Ordinal)), [], [], []).Build();
        var officer = AccessSubject.Of(Before.FindUser("zhangwei")!);

        Assert.False(AdministrationScope.IsSystemWide(DistrictAdmin, Before));
        Assert.True(AdministrationScope.IsSystemWide(root, Before));
        Assert.False(AdministrationScope.IsSystemWide(chongqingAdmin, Before));
        Assert.True(AdministrationScope.IsSystemWide(chongqingAdmin, chongqingOnly));
        Assert.False(AdministrationScope.IsSystemWide(officer, chongqingOnly));
    }
}
