using Workflow.Cli;
using Workflow.Engine.Tests.Compat;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Cli;

/// <summary>The <c>wf</c> command line, driven as an administrator would, on the Elsa fixtures and on bad files.</summary>
public sealed class WfCliTests
{
    public static TheoryData<string> Cases() => CompatCase.Files();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Wf_CompatCase_PrintsExpectedLinesAndStatus(string file)
    {
        var c = CompatCase.Named(file);
        if (c.Run == "publishOnly")
        {
            var succeeded = c.Expect["publish"]!["succeeded"]!.GetValue<bool>();
            var (code, _, _) = await Wf("validate", c.FullPath);
            Assert.Equal(succeeded ? 0 : 1, code);
            var (lenientCode, _, _) = await Wf("validate", "--lenient", c.FullPath);
            Assert.Equal(0, lenientCode);
            return;
        }
        var args = c.Run == "untilEnd" ? new[] { "simulate", c.FullPath, "--until-end" } : new[] { "simulate", c.FullPath };
        var (exit, output, error) = await Wf(args);
        Assert.True(exit is 0 or 3, error);
        var printed = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (c.ExpectedLines is { } lines)
        {
            Assert.Equal(lines, printed.Where(l => l.StartsWith("line: ", StringComparison.Ordinal)).Select(l => l["line: ".Length..]).ToList());
        }
        var status = printed.Single(l => l.StartsWith("status: ", StringComparison.Ordinal));
        if (c.Expect["status"]?.GetValue<string>() is { } expected)
        {
            Assert.StartsWith($"status: {(expected == "Running" ? "Suspended" : "Finished")}", status);
        }
    }

    [Theory]
    [InlineData("validate", "wf validate [--lenient] FILE...")]
    [InlineData("simulate", "wf simulate FILE")]
    [InlineData("workdays", "wf workdays between A B")]
    [InlineData("verify-audit", "wf verify-audit [--sqlite FILE")]
    public async Task Help_ForOneCommand_PrintsItsUsageAndExitsZero(string command, string expected)
    {
        foreach (var args in new[] { new[] { command, "--help" }, [command, "-h"], ["help", command] })
        {
            var (exit, output, error) = await Wf(args);
            Assert.Equal(0, exit);
            Assert.Contains(expected, output);
            Assert.Empty(error);
            Assert.Equal(command == "workdays" ? 2 : 1, output.Split('\n').Count(l => l.TrimStart().StartsWith("wf ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Help_WithoutCommand_PrintsEveryCommandAndExitsZero()
    {
        var (exit, output, _) = await Wf("--help");
        Assert.Equal(0, exit);
        foreach (var command in CliApp.CommandUsage.Keys)
        {
            Assert.Contains("wf " + command, output);
        }
    }

    [Fact]
    public async Task Simulate_UntilEndOff_StopsSuspendedAndListsBookmarks()
    {
        var (exit, output, _) = await Wf("simulate", Path.Combine(Paths.Compat, "FlowchartCompletion__workflow5.json"));
        Assert.Equal(0, exit);
        Assert.Contains("status: Suspended", output);
        Assert.Contains("bookmark: ", output);
        Assert.Contains("Event4", output);
    }

    [Fact]
    public async Task Simulate_Decide_TakesTheChosenPort()
    {
        var file = Temp(D.Flowchart(
            $"""
            {D.Activity("task", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}"""))},
            {D.Activity("yes", "Elsa.WriteLine", D.Literal("text", "同意"))},
            {D.Activity("no", "Elsa.WriteLine", D.Literal("text", "不同意"))}
            """,
            $"""{D.Connect("task", "yes", "approve")}, {D.Connect("task", "no", "reject")}"""));
        var (exit, output, _) = await Wf("simulate", file, "--decide", "task=reject", "--input", "divisionCode=500113102001");
        Assert.Equal(0, exit);
        Assert.Contains("line: 不同意", output);
        Assert.DoesNotContain("line: 同意", output);
        Assert.Contains("step: root:task Gov.ApprovalTask -> reject", output);
        Assert.Contains("status: Finished", output);
    }

    [Theory]
    [InlineData()]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("simulate", "--until-end")]
    [InlineData("simulate", "a.json", "--decide", "nonsense")]
    public async Task Wf_BadCommandLine_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = await Wf(args);
        Assert.Equal(2, exit);
        Assert.Contains("用法", error);
    }

    internal static async Task<(int Code, string Output, string Error)> Wf(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    internal static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wf-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
