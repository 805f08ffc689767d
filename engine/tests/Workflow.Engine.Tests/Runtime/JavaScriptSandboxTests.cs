using Workflow.Engine.Expressions;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A hostile or broken script fails its own instance with a clear incident and never hangs or reaches the host.</summary>
public sealed class JavaScriptSandboxTests
{
    private static readonly EngineOptions Tight = new()
    {
        Scripts = new ScriptLimits { Timeout = TimeSpan.FromMilliseconds(300), MemoryBytes = 4 * 1024 * 1024, RecursionDepth = 32 },
    };

    [Theory]
    [InlineData("while (true) {}", "Script")]
    [InlineData("var a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'); }", "Script")]
    [InlineData("function f(n) { return f(n + 1); } return f(0);", "ScriptRecursion")]
    [InlineData("return System.IO.File.ReadAllText('/etc/passwd');", "ScriptError")]
    [InlineData("return importNamespace('System.IO');", "ScriptError")]
    [InlineData("throw new Error('故意的错误');", "ScriptError")]
    public async Task HostileScript_FaultsInstanceWithIncident(string code, string codePrefix)
    {
        var harness = new Harness(Tight);
        var definition = harness.Publish(D.Flowchart(D.Activity("w", "Elsa.WriteLine", D.Script("text", code)), ""));

        var view = await harness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, view.SubStatus);
        var incident = Assert.Single(view.Incidents);
        Assert.StartsWith(codePrefix, incident.Code, StringComparison.Ordinal);
        Assert.Equal("root:w", incident.NodeId);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public void ManyDistinctScripts_KeepTheParsedCacheWithinItsBound_AndStillRun()
    {
        var sandbox = new JavaScriptSandbox(new ScriptLimits { MaxCachedScripts = 4 });

        var results = Enumerable.Range(0, 50).Select(i => (int)sandbox.Evaluate($"{i} + 1", EmptyScope.Instance)!.GetValue<long>()).ToList();

        Assert.Equal(Enumerable.Range(1, 50), results);
        Assert.Equal(4, sandbox.CachedScripts);
    }

    [Fact]
    public async Task Script_ReadsAndWritesVariables()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""
            {D.Activity("set", "Elsa.SetVariable", """ "variable": { "id": "v1", "name": "Counter" }, """ + D.Script("value", "getCounter() + 41"))},
            {D.Activity("w", "Elsa.WriteLine", D.Script("text", "`计数 ${getCounter()} / ${getInput('applicant')}`"))}
            """,
            D.Connect("set", "w"),
            """[ { "id": "v1", "name": "Counter", "typeName": "Int32", "value": "1" } ]"""));

        var view = await harness.Start(definition, input: new() { ["applicant"] = "张三" });

        Assert.Equal(["计数 42 / 张三"], view.Lines);
        Assert.Equal(42, view.Variables["Counter"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("getOutcome() === 'return'", "True")]
    [InlineData("return getOutcome() === 'return';", "True")]
    [InlineData("'return' === 'approve'", "False")]
    public async Task Condition_MentioningTheWordReturn_IsEvaluatedAsWritten(string condition, string expectedPort)
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""
            {D.Activity("d", "Elsa.FlowDecision", D.Script("condition", condition))},
            {D.Activity("t", "Elsa.WriteLine", D.Literal("text", "True"))},
            {D.Activity("f", "Elsa.WriteLine", D.Literal("text", "False"))}
            """,
            $"{D.Connect("d", "t", "True")}, {D.Connect("d", "f", "False")}",
            """[ { "id": "v1", "name": "Outcome", "typeName": "String", "value": "return" } ]"""));

        var view = await harness.Start(definition);

        Assert.Equal([expectedPort], view.Lines);
    }

    private sealed class EmptyScope : IEvaluationScope
    {
        public static EmptyScope Instance { get; } = new();

        public IEnumerable<string> VariableNames => [];

        public System.Text.Json.Nodes.JsonObject? Input => null;

        public bool TryGetVariable(string name, out System.Text.Json.Nodes.JsonNode? value)
        {
            value = null;
            return false;
        }

        public void SetVariable(string name, System.Text.Json.Nodes.JsonNode? value)
        {
        }
    }
}
