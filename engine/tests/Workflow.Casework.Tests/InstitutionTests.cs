using Workflow.Engine.Ports;

namespace Workflow.Casework.Tests;

/// <summary>
/// Institutions (敬老院, 区域性养老服务中心, 未保中心 …) are organisation units of kind 民政机构 with their own post,
/// 机构经办, which is held only inside one; a 特困 admission task for 机构经办 reaches the institution's clerk.
/// </summary>
public sealed class InstitutionTests
{
    private const string Centre = "jieshi-elderly-care-centre";

    private static OrganisationBuilder WithCentre() => TestOrganisation.Builder()
        .AddDepartment(new(Centre, "界石镇区域性养老服务中心", DepartmentKinds.Institution, TestOrganisation.Township));

    [Fact]
    public void Institution_ClerkInsideIt_IsValidAndTheAdmissionCandidate()
    {
        // Given
        var org = WithCentre()
            .AddUser(new("xujian", "徐健", null, null, [new(StandardPosts.InstitutionClerk, TestOrganisation.Township, Centre)], []))
            .Build();

        // When: an admission task for 机构经办 at the township of a village case
        var result = new OrganisationDirectory(org).Resolve(new AssignmentRequest(StandardPosts.InstitutionClerk, "township", TestOrganisation.Township, null, "tekun", null));

        // Then
        Assert.Equal(DepartmentKinds.Institution, org.FindDepartment(Centre)!.Kind);
        Assert.Equal("xujian", Assert.Single(result.Candidates).UserId);
        Assert.Null(result.Fallback);
    }

    [Fact]
    public void Institution_ClerkWithoutInstitution_IsAnErrorOnDepartmentCode()
    {
        // Given
        var builder = WithCentre()
            .AddUser(new("nowhere", "无机构", null, null, [new(StandardPosts.InstitutionClerk, TestOrganisation.Township)], []));

        // When
        var errors = builder.Validate();

        // Then
        var error = Assert.Single(errors);
        Assert.Equal($"users[{TestOrganisation.Users.Count}].posts[0].departmentCode", error.Field);
        Assert.Equal("用户 nowhere 的岗位 机构经办 须注明所在机构（民政机构，如区域性养老服务中心）", error.Message);
    }

    [Fact]
    public void Institution_ClerkInAGovernmentDepartment_IsAnErrorNamingTheUnit()
    {
        // Given: 区教育局 is a department, not an institution
        var builder = WithCentre()
            .AddUser(new("wrong", "错机构", null, null, [new(StandardPosts.InstitutionClerk, TestOrganisation.District, "district-education")], []));

        // When
        var error = Assert.Single(builder.Validate());

        // Then
        Assert.Equal("用户 wrong 的岗位 机构经办 须在民政机构任职，区教育局（教育）不是民政机构", error.Message);
    }

    [Fact]
    public void Institution_ThroughJsonAndCsv_KeepsItsKindAndClerk()
    {
        // Given
        var org = WithCentre()
            .AddUser(new("xujian", "徐健", null, null, [new(StandardPosts.InstitutionClerk, TestOrganisation.Township, Centre)], []))
            .Build();

        // When
        var json = OrganisationJson.Read(OrganisationJson.Write(org));
        var csv = OrganisationCsv.Read(OrganisationCsv.Write(org));

        // Then
        foreach (var read in new[] { json, csv })
        {
            Assert.True(read.Succeeded, string.Join("; ", read.Errors));
            Assert.Equal(DepartmentKinds.Institution, read.Value!.FindDepartment(Centre)!.Kind);
            Assert.Equal(new PostAssignment(StandardPosts.InstitutionClerk, TestOrganisation.Township, Centre), Assert.Single(read.Value.FindUser("xujian")!.Posts));
        }
    }

    [Fact]
    public void Institution_ClerkWithoutInstitutionInAnImport_IsAnImportError()
    {
        // Given: a users.csv row holding 机构经办 with no unit
        var files = OrganisationCsv.Write(WithCentre().Build()).ToDictionary(f => f.Key, f => f.Value);
        files["users.csv"] += "nowhere,无机构,,,机构经办@500113102000,,true\n";

        // When
        var read = OrganisationCsv.Read(files);

        // Then
        Assert.False(read.Succeeded);
        Assert.Contains(read.Errors, e => e.Message.Contains("须注明所在机构", StringComparison.Ordinal));
    }

    [Fact]
    public void StandardPosts_ChildProtectionAndInstitutionPosts_AreListedWithNames()
    {
        var names = StandardPosts.All.ToDictionary(p => p.Code, p => p.Name);
        Assert.Equal("区县未成年人救助保护中心（未保中心）", names["未保中心"]);
        Assert.Equal("乡镇（街道）未成年人保护工作站", names["未保工作站"]);
        Assert.Equal("儿童主任", names["儿童主任"]);
        Assert.Equal("供养服务机构经办（入院、照料）", names["机构经办"]);
        Assert.Contains(DepartmentKinds.Institution, DepartmentKinds.Known);
        Assert.Equal("district-institution", DepartmentKinds.DefaultCode(DepartmentKinds.Institution, "district"));
    }
}
