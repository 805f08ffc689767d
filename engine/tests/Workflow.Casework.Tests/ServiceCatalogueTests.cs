namespace Workflow.Casework.Tests;

public sealed class ServiceCatalogueTests
{
    [Fact]
    public void BuiltinItems_MatchTheShippedDefinitions()
    {
        var catalogue = ServiceCatalogue.Builtin;
        Assert.Equal(
            ["dibao", "tekun", "temporary-assistance", "medical-assistance", "education-assistance", "housing-assistance", "employment-assistance", "disability-subsidies", "orphan",
                "child-protection", "de-facto-unsupported-child", "alert-verification", "funeral-relief", "old-age-allowance"],
            catalogue.Items.Select(i => i.Code));
        var definitions = Directory.GetFiles(Path.Combine(Paths.RepoRoot, "workflows", "definitions"), "*.json")
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("definitionId").GetString())
            .ToHashSet();
        foreach (var item in catalogue.Items.Where(i => i.DefinitionId is not null))
        {
            Assert.Contains(item.DefinitionId, definitions);
        }
        Assert.Equal("医保", catalogue.Find("medical-assistance")!.OwnerDepartmentKind);
        Assert.True(catalogue.Find("orphan")!.ChildProtection);
        Assert.False(catalogue.Find("orphan")!.MayBePublished);
        Assert.True(catalogue.Find("dibao")!.AllowsResidenceApplication);
        Assert.True(catalogue.Find("temporary-assistance")!.AllowsResidenceApplication);
        Assert.False(catalogue.Find("disability-subsidies")!.AllowsResidenceApplication);
        Assert.Null(catalogue.Find("nope"));
    }

    [Fact]
    public void BuiltinItems_Issue11Items_HaveTheirOwnDefinitionsAndPrivacy()
    {
        var catalogue = ServiceCatalogue.Builtin;
        Assert.Equal("特困人员救助供养", catalogue.Find(ServiceItemCodes.Tekun)!.Name);
        Assert.Equal("儿童保护个案", catalogue.Find(ServiceItemCodes.ChildProtection)!.Name);
        Assert.Equal("事实无人抚养儿童认定", catalogue.Find(ServiceItemCodes.DeFactoUnsupportedChild)!.Name);
        Assert.Equal("低收入人口动态监测预警核查", catalogue.Find(ServiceItemCodes.AlertVerification)!.Name);
        Assert.Equal("惠民殡葬救助", catalogue.Find(ServiceItemCodes.FuneralRelief)!.Name);
        Assert.Equal("高龄津贴", catalogue.Find(Workflow.Casework.Benefits.OldAgeAllowance.ItemCode)!.Name);
        foreach (var code in new[] { "tekun", "child-protection", "de-facto-unsupported-child", "alert-verification", "funeral-relief", "old-age-allowance" })
        {
            // definition ids are the item codes
            Assert.Equal(code, catalogue.Find(code)!.DefinitionId);
            Assert.Equal(DepartmentKinds.CivilAffairs, catalogue.Find(code)!.OwnerDepartmentKind);
        }
        Assert.False(catalogue.Find(ServiceItemCodes.ChildProtection)!.MayBePublished);
        Assert.False(catalogue.Find(ServiceItemCodes.DeFactoUnsupportedChild)!.MayBePublished);
        Assert.True(catalogue.Find(ServiceItemCodes.Tekun)!.MayBePublished);
    }

    [Fact]
    public void InvalidCatalogues_AreRefused()
    {
        var item = new ServiceItem("x", "X", "民政", null, 10, false);
        Assert.Throws<ArgumentException>(() => new ServiceCatalogue([item, item]));
        Assert.Throws<ArgumentException>(() => new ServiceCatalogue([item with { DefaultTimeLimitDays = 0 }]));
        Assert.Throws<ArgumentException>(() => new ServiceCatalogue([item with { Name = "" }]));
    }

    [Fact]
    public void DefaultDepartmentCodes_MatchTheDefinitions()
    {
        Assert.Equal("district-education", DepartmentKinds.DefaultCode("教育", "district"));
        Assert.Equal("district-dpf", DepartmentKinds.DefaultCode("残联", "district"));
        Assert.Equal("district-medical-insurance", DepartmentKinds.DefaultCode("医保", "district"));
        Assert.Equal("district-hrss", DepartmentKinds.DefaultCode("人社", "district"));
        Assert.Equal("district-housing", DepartmentKinds.DefaultCode("住建", "district"));
        Assert.Equal("区教育局", DepartmentKinds.DefaultName("教育", "district"));
    }

    [Fact]
    public void DefinitionPostsAndDepartmentCodes_AreKnown()
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(Paths.RepoRoot, "workflows", "definitions"), "*.json").Select(File.ReadAllText));
        var posts = System.Text.RegularExpressions.Regex.Matches(text, @"\\""post\\"":\\""([^\\""]+)\\""").Select(m => m.Groups[1].Value).ToHashSet();
        var departments = System.Text.RegularExpressions.Regex.Matches(text, @"\\""code\\"":\\""([^\\""]+)\\""").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(posts);
        Assert.NotEmpty(departments);
        Assert.All(posts, p => Assert.Contains(p, StandardPosts.All.Select(s => s.Code)));
        var conventional = DepartmentKinds.Known.Select(k => DepartmentKinds.DefaultCode(k, "district")).ToHashSet();
        Assert.All(departments, d => Assert.Contains(d, conventional));
    }
}
