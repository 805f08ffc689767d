using System.Text;
using Workflow.Engine.Tests.Cli;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Validation;

/// <summary>Bad files get readable errors with a path, an exit code of 1, and never a stack trace.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "broken JSON", """{ "root": { "type": "Elsa.Flowchart", "activities": [ """, "InvalidJson" },
        { "not an object", "[1, 2, 3]", "NotAnObject" },
        { "no root", """{ "definitionId": "x" }""", "MissingRoot" },
        { "unknown type", D.Flowchart(D.Activity("a1", "System.IO.File"), ""), "UnknownActivityType" },
        { "dangling connection", D.Flowchart(D.Activity("a1", "Elsa.Start"), D.Connect("a1", "ghost")), "DanglingConnection" },
        { "deeply nested", DeeplyNested(200), "InvalidJson" },
        { "five megabytes", FiveMegabytes(), "FileTooLarge" },
        { "duplicate ids", D.Flowchart($"{D.Activity("a1", "Elsa.Start")}, {D.Activity("a1", "Elsa.End")}", ""), "DuplicateId" },
        { "unreachable", D.Flowchart($"{D.Activity("s", "Elsa.Start")}, {D.Activity("e", "Elsa.End")}, {D.Activity("x", "Elsa.WriteLine")}, {D.Activity("y", "Elsa.WriteLine")}",
            $"{D.Connect("s", "e")}, {D.Connect("x", "y")}, {D.Connect("y", "x")}"), "Unreachable" },
        { "unknown port", D.Flowchart($"{D.Activity("s", "Elsa.Start")}, {D.Activity("e", "Elsa.End")}", D.Connect("s", "e", "Maybe")), "UnknownPort" },
        { "no path to end", D.Flowchart(
            $"{D.Activity("s", "Elsa.Start")}, {D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}"""))}",
            $"{D.Connect("s", "t")}, {D.Connect("t", "t", "return")}, {D.Connect("t", "t", "approve")}, {D.Connect("t", "t", "reject")}"), "NoPathToEnd" },
        { "C# expression", D.Flowchart(D.Activity("w", "Elsa.WriteLine", """ "text": { "typeName": "String", "expression": { "type": "CSharp", "value": "System.IO.File.Delete(\"x\")" } } """), ""), "UnsupportedExpression" },
        { "C# switch case", D.Flowchart(D.Activity("sw", "Elsa.FlowSwitch",
            """ "cases": [ { "label": "A", "condition": { "type": "CSharp", "value": "true" } } ] """), ""), "UnsupportedExpression" },
        { "script syntax", D.Flowchart(D.Activity("w", "Elsa.WriteLine", D.Script("text", "return (;")), ""), "ScriptSyntax" },
        { "bad join mode", D.Flowchart(D.Activity("j", "Elsa.FlowJoin", D.Literal("mode", "WaitSome")), ""), "InvalidJoinMode" },
        { "task without post", D.Flowchart(D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"level":"moon"}""")), ""), "MissingPost" },
        { "negative time limit", D.Flowchart(D.Activity("t", "Gov.ApprovalTask",
            D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", "-3", "Int32")), ""), "InvalidNumber" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Validate_MalformedFile_ReportsReadableErrorWithPath(string what, string content, string code)
    {
        var file = WfCliTests.Temp(content);
        var (exit, output, error) = await WfCliTests.Wf("validate", file);

        Assert.Equal(1, exit);
        var all = output + error;
        Assert.Contains($"[{code}]", all);
        Assert.Contains("错误 $", all);
        Assert.DoesNotContain("   at ", all); // no stack trace
        Assert.DoesNotContain("Exception", all);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Fact]
    public async Task Validate_UnknownType_NamesActivityIdAndType()
    {
        var file = WfCliTests.Temp(D.Flowchart(D.Activity("步骤1", "Acme.Hack"), ""));
        var (_, _, error) = await WfCliTests.Wf("validate", file);
        Assert.Contains("步骤1", error);
        Assert.Contains("Acme.Hack", error);
        Assert.Contains("$.root.activities[0].type", error);
    }

    [Fact]
    public async Task Validate_SeveralProblems_ReportsEveryOne()
    {
        var file = WfCliTests.Temp(D.Flowchart(
            $"{D.Activity("s", "Elsa.Start")}, {D.Activity("x", "Nope")}, {D.Activity("e", "Elsa.End")}",
            $"{D.Connect("s", "e", "Sideways")}, {D.Connect("s", "ghost")}"));
        var (_, _, error) = await WfCliTests.Wf("validate", file);
        Assert.Contains("[UnknownActivityType]", error);
        Assert.Contains("[UnknownPort]", error);
        Assert.Contains("[DanglingConnection]", error);
    }

    [Fact]
    public async Task Validate_MissingFile_ReportsIt()
    {
        var (exit, _, error) = await WfCliTests.Wf("validate", "/nonexistent/dibao.json");
        Assert.Equal(1, exit);
        Assert.Contains("文件不存在", error);
    }

    [Fact]
    public async Task Validate_EveryRepositoryDefinition_Passes()
    {
        var files = Directory.GetFiles(Path.Combine(Paths.RepoRoot, "workflows"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        var (exit, output, error) = await WfCliTests.Wf(["validate", .. files]);
        Assert.True(exit == 0, output + error);
    }

    private static string DeeplyNested(int depth) =>
        D.Flowchart(D.Activity("a", "Elsa.WriteLine", $"\"junk\": {new string('[', depth)}{new string(']', depth)}"), "");

    private static string FiveMegabytes()
    {
        var padding = new StringBuilder(5 * 1024 * 1024);
        padding.Append('x', 5 * 1024 * 1024);
        return D.Flowchart(D.Activity("a", "Elsa.WriteLine", D.Literal("text", padding.ToString())), "");
    }
}
