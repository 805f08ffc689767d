namespace Workflow.Casework.Tests;

public sealed class OrganisationImportTests
{
    private readonly Organisation _org = TestOrganisation.Build();

    private static void AssertSame(Organisation expected, Organisation actual)
    {
        Assert.Equal(expected.Divisions, actual.Divisions);
        Assert.Equal(expected.Departments, actual.Departments);
        Assert.Equal(expected.Posts, actual.Posts);
        Assert.Equal(expected.Users.Count, actual.Users.Count);
        for (var i = 0; i < expected.Users.Count; i++)
        {
            var (e, a) = (expected.Users[i], actual.Users[i]);
            Assert.Equal((e.Id, e.Name, e.IdNumber, e.Phone, e.Active), (a.Id, a.Name, a.IdNumber, a.Phone, a.Active));
            Assert.Equal(e.Posts, a.Posts);
            Assert.Equal(e.RelativeIdNumbers, a.RelativeIdNumbers);
        }
    }

    [Fact]
    public void Json_WriteThenRead_RoundTrips()
    {
        var json = OrganisationJson.Write(_org);
        Assert.Contains("\"parentCode\": \"500113000000\"", json, StringComparison.Ordinal);
        Assert.Contains("界石镇", json, StringComparison.Ordinal);
        var read = OrganisationJson.Read(json);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        AssertSame(_org, read.Value!);
    }

    [Fact]
    public void Json_SyntaxErrors_HaveALine()
    {
        var read = OrganisationJson.Read("{\n  \"divisions\": [\n    { \"code\": 12, }\n  ]\n}");
        Assert.False(read.Succeeded);
        var error = Assert.Single(read.Errors);
        Assert.Equal("organisation.json", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("JSON 格式错误", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ValidationErrors_CarryFieldPaths()
    {
        const string json = """
            { "divisions": [ { "code": "500113000000", "name": "巴南区", "level": "district" },
                             { "code": "500113102000", "name": "界石镇", "level": "township", "parentCode": "500113000001" } ],
              "users": [ { "id": "u1", "name": "甲", "posts": [ { "postCode": "民政办", "divisionCode": "500113102000" } ] },
                         null ] }
            """;
        var read = OrganisationJson.Read(json);
        Assert.False(read.Succeeded);
        Assert.Contains(read.Errors, e => e.Field == "divisions[1].parentCode");
        Assert.Contains(read.Errors, e => e.Field == "users[0].posts[0].postCode" && e.Message.Contains("岗位 民政办 不存在", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Field == "users[1].id");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public void Json_EmptyOrWrongShape_IsAnErrorNotAnException(string? json)
    {
        var read = OrganisationJson.Read(json);
        Assert.False(read.Succeeded);
        Assert.NotEmpty(read.Errors);
    }

    [Fact]
    public void Csv_WriteThenRead_RoundTrips()
    {
        var files = OrganisationCsv.Write(_org);
        Assert.Equal(["departments.csv", "divisions.csv", "posts.csv", "users.csv"], files.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("id,name,idNumber,phone,posts,relativeIdNumbers,active\n", files["users.csv"], StringComparison.Ordinal);
        Assert.Contains("chenjing,陈静,,,部门经办@500113000000/district-education,,true", files["users.csv"], StringComparison.Ordinal);
        Assert.Contains("wangfang,王芳,,13800005678,窗口受理@500113102000;社会救助经办@500113102000,,true", files["users.csv"], StringComparison.Ordinal);
        var read = OrganisationCsv.Read(files);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        AssertSame(_org, read.Value!);
    }

    [Fact]
    public void Csv_QuotesBomColumnOrderAndCrlf_AreHandled()
    {
        var files = new Dictionary<string, string>
        {
            ["divisions.csv"] = "\uFEFFname,code,level,parentCode\r\n\"巴南区, 重庆\",500113000000,district,\r\n\r\n界石镇,500113102000,township,500113000000\r\n",
            ["departments.csv"] = "code,name,kind,divisionCode\n",
            ["posts.csv"] = "code,name\n民政办,\"乡镇 \"\"民政办\"\"\"\n",
            ["users.csv"] = "id,name,idNumber,phone,posts,relativeIdNumbers,active\nu1,甲,,,民政办@500113102000,,否\n",
        };
        var read = OrganisationCsv.Read(files);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal("巴南区, 重庆", read.Value!.FindDivision("500113000000")!.Name);
        Assert.Equal("乡镇 \"民政办\"", read.Value.FindPost("民政办")!.Name);
        Assert.False(read.Value.FindUser("u1")!.Active);
    }

    [Fact]
    public void Csv_Errors_NameFileLineAndField()
    {
        var files = OrganisationCsv.Write(_org).ToDictionary(p => p.Key, p => p.Value);
        files["divisions.csv"] += "500113109000,界石镇二,township,500113999000\n"; // line 14: 12 divisions + header + 1
        files["users.csv"] += "u9,乙,,,民政办@500113102000/district-education,,true\n";
        var read = OrganisationCsv.Read(files);
        Assert.False(read.Succeeded);
        Assert.Contains(new ImportError("divisions.csv", 14, "parentCode", "区划 500113109000 的上级区划 500113999000 不存在"), read.Errors);
        Assert.Contains(read.Errors, e => e.File == "users.csv" && e.Line == 12 && e.Field == "posts[0].departmentCode");
    }

    [Fact]
    public void Csv_ShapeErrors_AreReportedWithoutThrowing()
    {
        var files = new Dictionary<string, string>
        {
            ["divisions.csv"] = "code,name,level\n500113000000,巴南区,district\n",
            ["departments.csv"] = "code,name,kind,divisionCode\n\"open,x,y,z\n",
            ["posts.csv"] = "",
            ["users.csv"] = "id,name,idNumber,phone,posts,relativeIdNumbers,active\nu1,甲,,,民政办,,maybe\nu2,乙,,,,,,extra\n",
        };
        var read = OrganisationCsv.Read(files);
        Assert.False(read.Succeeded);
        Assert.Contains(new ImportError("divisions.csv", 1, "parentCode", "表头缺少列：parentCode"), read.Errors);
        Assert.Contains(new ImportError("departments.csv", 2, "", "引号未闭合"), read.Errors);
        Assert.Contains(new ImportError("posts.csv", 1, "", "缺少表头行"), read.Errors);
        Assert.Contains(read.Errors, e => e.File == "users.csv" && e.Line == 2 && e.Field == "posts");
        Assert.Contains(read.Errors, e => e.File == "users.csv" && e.Line == 2 && e.Field == "active");
        Assert.Contains(read.Errors, e => e.File == "users.csv" && e.Line == 3 && e.Message.Contains("列数", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_MissingFile_IsAnError()
    {
        var files = OrganisationCsv.Write(_org).Where(p => p.Key != "posts.csv").ToDictionary();
        var read = OrganisationCsv.Read(files);
        Assert.Contains(new ImportError("posts.csv", null, "", "缺少文件 posts.csv"), read.Errors);
    }
}
