using Workflow.Casework.Application;

namespace Workflow.Casework.Tests;

/// <summary>Flags are stored as codes; bodies written when the sentences themselves were stored still read right.</summary>
public sealed class ApplicationFlagsTests
{
    [Fact]
    public void BodyStoredWithSentences_ReadsBackAsCodes_AndShowsTheSentences()
    {
        const string legacy = """
            {"form":{},"channel":"window","subCases":[],"refusalReason":null,"acceptedByName":"王芳",
             "flags":["儿童保护：不予公示，仅限指定岗位查看","跨省通办：受理地与审批地不同，结果回受理窗口出件"]}
            """;

        var body = StoredApplication.FromJson(legacy);

        Assert.Equal([ApplicationFlags.ChildProtection, ApplicationFlags.CrossProvince], body.Flags);
        Assert.StartsWith("儿童保护", ApplicationFlags.Text(body.Flags[0]), StringComparison.Ordinal);
        Assert.Contains("\"child-protection\"", body.ToJson(), StringComparison.Ordinal);
        Assert.Equal("unknown-flag", ApplicationFlags.Text("unknown-flag"));
    }
}
