namespace Workflow.Casework.Tests;

public sealed class OrganisationTests
{
    private readonly Organisation _org = TestOrganisation.Build();

    [Fact]
    public void Fixture_IsValid_LookupsWork()
    {
        Assert.Empty(TestOrganisation.Builder().Validate());
        Assert.Equal("界石镇", _org.FindDivision(TestOrganisation.Township)!.Name);
        Assert.Equal("教育", _org.FindDepartment("district-education")!.Kind);
        Assert.NotNull(_org.FindPost("民政办"));
        Assert.Equal("张伟", _org.FindUser("zhangwei")!.Name);
        Assert.Null(_org.FindUser("nobody"));
    }

    [Fact]
    public void Ancestors_BothShapes_FollowTheTree()
    {
        Assert.Equal(
            [TestOrganisation.Township, TestOrganisation.District, TestOrganisation.Chongqing],
            _org.Ancestors(TestOrganisation.Village).Select(d => d.Code));
        Assert.Equal(
            [TestOrganisation.XuanhanTownship, TestOrganisation.Xuanhan, TestOrganisation.Dazhou, TestOrganisation.Sichuan],
            _org.Ancestors(TestOrganisation.XuanhanVillage).Select(d => d.Code));
        Assert.Empty(_org.Ancestors(TestOrganisation.Chongqing));
    }

    [Fact]
    public void Subtree_IncludesSelfAndDescendants()
    {
        Assert.Equal(
            [TestOrganisation.Township, TestOrganisation.Village, TestOrganisation.Village2],
            _org.Subtree(TestOrganisation.Township).Select(d => d.Code));
        Assert.Equal(7, _org.Subtree(TestOrganisation.Chongqing).Count);
        Assert.Empty(_org.Subtree("999999999999"));
    }

    [Fact]
    public void InScope_UsesTheTree()
    {
        Assert.True(_org.InScope([TestOrganisation.District], TestOrganisation.Village));
        Assert.True(_org.InScope([TestOrganisation.Township], TestOrganisation.Township));
        Assert.False(_org.InScope([TestOrganisation.Township], TestOrganisation.District));
        Assert.False(_org.InScope([TestOrganisation.VacantTownship], TestOrganisation.Village));
        Assert.True(_org.InScope([TestOrganisation.Dazhou], TestOrganisation.XuanhanVillage));
        Assert.False(_org.InScope([TestOrganisation.District], TestOrganisation.XuanhanVillage));
        // An unregistered village belongs to its registered township.
        Assert.True(_org.InScope([TestOrganisation.Township], "500113102099"));
        Assert.False(_org.InScope([TestOrganisation.District], "440000000000"));
        Assert.False(_org.InScope([TestOrganisation.District], "bad"));
    }

    [Fact]
    public void LevelOf_Code_ComesFromTheTreeOrItsZeros()
    {
        Assert.Equal("district", _org.LevelOf(TestOrganisation.District));
        Assert.Equal("city", _org.LevelOf(TestOrganisation.Dazhou));
        Assert.Equal("village", _org.LevelOf("500113102099"));
        Assert.Equal("township", _org.LevelOf("440103001000"));
        Assert.Null(_org.LevelOf("12"));
    }

    [Fact]
    public void DivisionAt_ExtraCityLevel_IsHandled()
    {
        Assert.Equal(TestOrganisation.Township, _org.DivisionAt(TestOrganisation.Village, "township"));
        Assert.Equal(TestOrganisation.District, _org.DivisionAt(TestOrganisation.Village, "district"));
        Assert.Null(_org.DivisionAt(TestOrganisation.Village, "city")); // 巴南区 sits directly under 重庆市
        Assert.Equal(TestOrganisation.Dazhou, _org.DivisionAt(TestOrganisation.XuanhanVillage, "city"));
        Assert.Equal(TestOrganisation.Xuanhan, _org.DivisionAt(TestOrganisation.XuanhanVillage, "district"));
        Assert.Equal("500113102099", _org.DivisionAt("500113102099", "village"));
        Assert.Equal(TestOrganisation.Township, _org.DivisionAt("500113102099", "township"));
        Assert.Equal("440103000000", _org.DivisionAt("440103001002", "district")); // unknown: code arithmetic
        Assert.Equal(TestOrganisation.Xuanhan, Organisation.Empty.DivisionAt(TestOrganisation.XuanhanVillage, "district"));
    }

    [Fact]
    public void DivisionRules_ReportFieldPaths()
    {
        var errors = new OrganisationBuilder()
            .AddDivision(new("500000000000", "重庆市", "province", null))
            .AddDivision(new("500113000000", "巴南区", "district", "500000000000"))
            .AddDivision(new("5001130000", "短代码", "district", "500000000000"))          // [2] code
            .AddDivision(new("510113000000", "错前缀", "district", "500000000000"))        // [3] prefix
            .AddDivision(new("500113102000", "界石镇", "township", "500113102001"))        // [4] parent missing
            .AddDivision(new("500113000000", "重复", "district", "500000000000"))          // [5] duplicate
            .AddDivision(new("500114000000", "层级", "county", "500000000000"))            // [6] level
            .AddDivision(new("500115000000", "倒挂", "district", "500113102009"))          // [7] parent missing
            .AddDivision(new("500113104001", "村", "village", "500113104000"))             // [8] parent missing
            .AddDivision(new("500113104000", "乡镇", "township", "500113104001"))          // [9] parent lower
            .AddDivision(new("500113000001", "尾数", "district", "500000000000"))          // [10] trailing digits
            .AddDivision(new("500100000000", "", "district", "500000000000"))              // [11] zero segment + name
            .Validate();
        var fields = errors.Select(e => e.Field).ToList();
        Assert.Contains("divisions[2].code", fields);
        Assert.Contains(errors, e => e.Field == "divisions[3].code" && e.Message.Contains("应以 50 开头", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "divisions[4].parentCode" && e.Message.Contains("不存在", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "divisions[5].code" && e.Message.Contains("重复", StringComparison.Ordinal));
        Assert.Contains("divisions[6].level", fields);
        Assert.Contains(errors, e => e.Field == "divisions[9].parentCode" && e.Message.Contains("层级应高于本级", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "divisions[10].code" && e.Message.Contains("第7位起应全为0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "divisions[11].code" && e.Message.Contains("不能全为0", StringComparison.Ordinal));
        Assert.Contains("divisions[11].name", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith("divisions[0]", StringComparison.Ordinal) || f.StartsWith("divisions[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void DepartmentPostAndUserRules_ReportFieldPaths()
    {
        var errors = TestOrganisation.Builder()
            .AddDepartment(new("district-education", "重复", "教育", TestOrganisation.District))
            .AddDepartment(new("ghost", "", "", "999999999999"))
            .AddPost(new("民政办", "重复"))
            .AddUser(new("zhangwei", "", "123", "12345", [new("不存在", "999999999999"), new("部门经办", TestOrganisation.Township, "district-education"), new("部门经办", TestOrganisation.District, "nope")], ["bad"]))
            .Validate();
        var fields = errors.Select(e => e.Field).ToHashSet();
        Assert.Contains("departments[5].code", fields);
        Assert.Contains("departments[6].name", fields);
        Assert.Contains("departments[6].kind", fields);
        Assert.Contains("departments[6].divisionCode", fields);
        Assert.Contains($"posts[{StandardPosts.All.Count}].code", fields);
        var u = $"users[{TestOrganisation.Users.Count}]";
        Assert.Contains($"{u}.id", fields);
        Assert.Contains($"{u}.name", fields);
        Assert.Contains(errors, e => e.Field == $"{u}.idNumber" && e.Message == "用户 zhangwei 的身份证号应为18位");
        Assert.Contains($"{u}.phone", fields);
        Assert.Contains($"{u}.relativeIdNumbers[0]", fields);
        Assert.Contains($"{u}.posts[0].postCode", fields);
        Assert.Contains($"{u}.posts[0].divisionCode", fields);
        Assert.Contains(errors, e => e.Field == $"{u}.posts[1].departmentCode" && e.Message.Contains("不一致", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == $"{u}.posts[2].departmentCode" && e.Message.Contains("不存在", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_InvalidBuilder_ThrowsAndTryBuildReturnsErrors()
    {
        var builder = new OrganisationBuilder().AddDivision(new("bad", "x", "province", null));
        Assert.False(builder.TryBuild(out var org, out var errors));
        Assert.Null(org);
        Assert.Single(errors);
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void ToBuilder_RoundTrips()
    {
        var copy = _org.ToBuilder().Build();
        Assert.Equal(_org.Divisions, copy.Divisions);
        Assert.Equal(_org.Users.Count, copy.Users.Count);
    }

    [Fact]
    public void MustAvoid_MatchesSelfAndRelatives()
    {
        Assert.True(_org.FindUser("zhaolei")!.MustAvoid(TestOrganisation.ApplicantId.ToLowerInvariant()));
        Assert.True(_org.FindUser("zhangwei")!.MustAvoid(TestOrganisation.ZhangweiId));
        Assert.False(_org.FindUser("zhangwei")!.MustAvoid(TestOrganisation.ApplicantId));
        Assert.False(_org.FindUser("zhangwei")!.MustAvoid(null));
    }

    [Fact]
    public void UserName_KnownUnknownAndNoOne_IsTheNameTheIdOrEmpty()
    {
        Assert.Equal("王芳", _org.UserName("wangfang"));
        Assert.Equal("former-clerk", _org.UserName("former-clerk"));
        Assert.Equal("", _org.UserName(null));
    }

    [Fact]
    public void DivisionAndDepartmentName_Unregistered_IsTheCode()
    {
        Assert.Equal("界石镇", _org.DivisionName(TestOrganisation.Township));
        Assert.Equal("500113999000", _org.DivisionName("500113999000"));
        Assert.Equal("区教育局", _org.DepartmentName("district-education"));
        Assert.Equal("nowhere", _org.DepartmentName("nowhere"));
    }
}
