using System.Text.RegularExpressions;
using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Definitions;
using Workflow.Engine.Definitions.Steps;

namespace Workflow.Definitions.Tests;

/// <summary>
/// The shipped flowcharts reduced to business steps (issue 12): bookkeeping (results, return points, notices written to
/// the log) is folded into edges labelled in Chinese, and the path a case took is found through the folded activities.
/// </summary>
public sealed partial class StepGraphTests
{
    public static TheoryData<string> Files() => [.. DefinitionFiles.All()];

    [Fact]
    public void Dibao_Steps_AreTheBusinessStepsOnly_InReadingOrder()
    {
        // When
        var graph = StepGraph.Of(DefinitionFiles.Load("dibao.v1.json").Root.Body);

        // Then
        Assert.Equal(
            ["start", "intake", "review", "endRejected", "supplement", "notice", "confirm", "endWithdrawn", "recheck", "endApproved"],
            graph.Steps.Select(s => s.Id));
        Assert.DoesNotContain(graph.Steps, s => s.Name.StartsWith("结果", StringComparison.Ordinal) || s.Name.StartsWith("退回点", StringComparison.Ordinal));
    }

    [Fact]
    public void Dibao_Links_FoldResultsAndReturnPoints_IntoLabelledEdges()
    {
        // When
        var graph = StepGraph.Of(DefinitionFiles.Load("dibao.v1.json").Root.Body);

        // Then
        var refusal = Assert.Single(graph.Links, l => l.SourceId == "confirm" && l.TargetId == "endRejected");
        Assert.Equal("不同意", refusal.Label);
        Assert.Equal(["setRejected", "logRejected"], refusal.Folded.Select(a => a.Id));
        var returned = Assert.Single(graph.Links, l => l.SourceId == "review" && l.TargetId == "supplement");
        Assert.Equal("退回补正", returned.Label);
        Assert.Contains(graph.Links, l => l.SourceId == "supplement" && l.TargetId == "review" && l.Label == "补正后重新提交");
        Assert.DoesNotContain(graph.Links, l => l.TargetId == "unknownReturn");
    }

    [Fact]
    public void Taken_ThroughFoldedActivities_IsOnlyThePathTheCaseRan()
    {
        // Given: a case refused at the county
        var definition = DefinitionFiles.Load("dibao.v1.json");
        var graph = StepGraph.Of(definition.Root.Body);
        var trace = Trace(definition,
            ("start", "Done"), ("intake", "approve"), ("review", "approve"), ("notice", "Done"), ("confirm", "reject"),
            ("setRejected", "Done"), ("logRejected", "Done"), ("endRejected", "Done"));

        // When
        var taken = graph.Links.Where(l => graph.Taken(l, trace)).Select(l => (l.SourceId, l.TargetId)).ToList();

        // Then
        Assert.Equal([("confirm", "endRejected"), ("intake", "review"), ("notice", "confirm"), ("review", "notice"), ("start", "intake")], taken.Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryDefinition_Steps_HaveChineseNamesAndEdgeLabels(string file)
    {
        // When
        var graph = StepGraph.Of(DefinitionFiles.Load(file).Root.Body);

        // Then
        Assert.NotEmpty(graph.Steps);
        Assert.All(graph.Steps, s => Assert.Matches(Chinese(), s.Name));
        Assert.DoesNotContain(graph.Steps, s => s.Activity.Type is "Elsa.SetVariable" or "Elsa.WriteLine" or "Elsa.FlowJoin" or "Elsa.FlowFork");
        Assert.All(graph.Links, l => Assert.DoesNotMatch(Latin(), l.Label));
    }

    private static StepTrace Trace(WorkflowDefinition definition, params (string Id, string Outcome)[] ran)
    {
        var trace = new StepTrace();
        foreach (var (id, outcome) in ran)
        {
            trace.Completed(definition.Root.Body!.Activities.Single(a => a.Id == id).NodeId, [outcome]);
        }
        return trace;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
