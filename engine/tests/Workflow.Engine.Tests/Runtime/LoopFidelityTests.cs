using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Validation;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// A loop made of a backward connection with nothing that waits runs as it does in Elsa: the validator warns, the
/// loop runs until its condition lets it out, and one that never lets out is ended by the runaway guard as an incident.
/// </summary>
public sealed class LoopFidelityTests
{
    /// <summary>Elsa's counter-based retry: try, count, and go back while fewer than three tries were made.</summary>
    private static string Retry(string condition) => D.Flowchart(
        $"""
        {D.Activity("s", "Elsa.Start")},
        {D.Activity("try", "Elsa.WriteLine", D.Script("text", "`第 ${getCounter() + 1} 次尝试`"))},
        {D.Activity("count", "Elsa.SetVariable", """ "variable": { "id": "v1", "name": "Counter" }, """ + D.Script("value", "getCounter() + 1"))},
        {D.Activity("again", "Elsa.FlowDecision", D.Script("condition", condition))},
        {D.Activity("e", "Elsa.End")}
        """,
        $"{D.Connect("s", "try")}, {D.Connect("try", "count")}, {D.Connect("count", "again")}, {D.Connect("again", "try", "True")}, {D.Connect("again", "e", "False")}",
        """[ { "id": "v1", "name": "Counter", "typeName": "Int32", "value": "0" } ]""");

    [Fact]
    public void LoopWithoutWait_IsAWarning_NotAnError()
    {
        var read = DefinitionReader.Read(Retry("getCounter() < 3"));

        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        var warning = Assert.Single(read.Errors, e => e.Code == "LoopWithoutWait");
        Assert.Equal(ErrorSeverity.Warning, warning.Severity);
    }

    [Fact]
    public async Task CounterBasedRetry_RunsThreeTimes_AndFinishes()
    {
        var harness = new Harness();

        var view = await harness.Start(harness.Publish(Retry("getCounter() < 3")));

        Assert.Equal(["第 1 次尝试", "第 2 次尝试", "第 3 次尝试"], view.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task LoopThatNeverLetsOut_IsEndedByTheRunawayGuard()
    {
        var harness = new Harness(new EngineOptions { MaxActivitiesPerBurst = 300 });

        var view = await harness.Start(harness.Publish(Retry("true")));

        Assert.Equal(WorkflowSubStatus.Faulted, view.SubStatus);
        Assert.Contains(view.Incidents, i => i.Message.Contains("没有等待点", StringComparison.Ordinal));
    }
}
