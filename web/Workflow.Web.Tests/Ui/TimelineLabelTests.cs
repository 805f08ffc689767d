using System.Text.RegularExpressions;
using Workflow.Engine.Runtime.Events;
using Workflow.Testing;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// The case's 办理过程 names every event in Chinese: each event type has its own arm in the timeline's switch, so a new
/// event cannot reach the page as a raw English type name (issue 12).
/// </summary>
public sealed partial class TimelineLabelTests
{
    [Fact]
    public void Timeline_EveryEventType_HasItsOwnChineseLine()
    {
        var source = File.ReadAllText(Path.Combine(Paths.RepoRoot, "web", "Workflow.Web", "Ui", "Support", "Timeline.cs"));
        var arms = Arm().Matches(source).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var events = typeof(WorkflowEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(WorkflowEvent)) && !t.IsAbstract)
            .Select(t => t.Name)
            .ToList();

        Assert.NotEmpty(events);
        Assert.Empty(events.Where(e => !arms.Contains(e)).Order(StringComparer.Ordinal));
    }

    /// <summary>A switch arm: <c>TaskUrged u =&gt;</c> or <c>TimerScheduled =&gt;</c>, its label in Chinese.</summary>
    [GeneratedRegex(@"^\s+(\w+)(?: \w+)? => \(", RegexOptions.Multiline)]
    private static partial Regex Arm();
}
