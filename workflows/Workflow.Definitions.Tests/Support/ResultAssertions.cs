using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests.Support;

/// <summary>Then-steps on a command's result.</summary>
internal static class ResultAssertions
{
    public static IReadOnlyList<WorkflowEvent> AssertAccepted(this ExecutionResult result)
    {
        Assert.True(result.IsAccepted, $"Expected the command to be accepted, but: {result.Rejection}");
        return result.Events;
    }

    public static Rejection AssertRejected(this ExecutionResult result, RejectionType type)
    {
        Assert.False(result.IsAccepted, "Expected the command to be rejected, but it was accepted.");
        Assert.Equal(type, result.Rejection!.Type);
        Assert.Empty(result.Events);
        return result.Rejection;
    }

    public static TaskOpened SingleTaskOpened(this IReadOnlyList<WorkflowEvent> events) => Assert.Single(events.OfType<TaskOpened>());

    public static void AssertFinishedWith(this DefinitionScenario scenario, string result)
    {
        Assert.Equal(WorkflowSubStatus.Finished, scenario.Instance.SubStatus);
        Assert.Equal(result, scenario.Variable("result"));
        Assert.Empty(scenario.OpenTasks);
        Assert.Empty(scenario.Instance.Bookmarks);
        Assert.Empty(scenario.Instance.Timers);
        Assert.Empty(scenario.Instance.Incidents);
    }
}
