using System.Text.RegularExpressions;
using Workflow.Casework.Application.Views;
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

    [Fact]
    public void Timeline_DepartmentReply_NamesTheDepartmentNotItsCode()
    {
        var at = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        var opened = new TaskOpened("t1", "b1", "s1", "referral", TaskKind.Referral, "教育救助协办",
            new TaskAssignee(null, "district", "500113000000", "district-education", "区教育局"), ["approve"], [], 10, null, null, at);
        var replied = new DepartmentReplied("t1", "district-education", "chenjing", "approve", "同意", null, at.AddDays(1));

        var lines = Workflow.Web.Ui.Support.Timeline.From([new(1, opened), new(2, replied)], null);

        Assert.Equal("部门回复（区教育局）：同意", lines[1].What);
        Assert.DoesNotContain(lines, l => l.What.Contains("district-education", StringComparison.Ordinal));
    }

    /// <summary>A switch arm: <c>TaskUrged u =&gt;</c> or <c>TimerScheduled =&gt;</c>, its label in Chinese.</summary>
    [GeneratedRegex(@"^\s+(\w+)(?: \w+)? => \(", RegexOptions.Multiline)]
    private static partial Regex Arm();
}
