using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// Issue 11: definitions, events and snapshots written before time-limit units read as working days, a working-day
/// clock is stored exactly as before, and a bad unit or limit is refused in words a definition author reads.
/// </summary>
public sealed class TimeLimitUnitCompatibilityTests
{
    [Fact]
    public void Replay_OldEventStreamWithoutUnit_IsAWorkingDayClock()
    {
        string[] stored =
        [
            """{"$event":"InstanceStarted","instanceId":"case-1","definitionId":"test","definitionVersionId":"test-v1","definitionVersion":1,"input":null,"variables":{},"at":"2026-03-02T01:00:00+00:00"}""",
            """{"$event":"ClockStarted","clockId":"t1","taskId":"t1","limitWorkingDays":5,"dueAt":"2026-03-09T16:00:00+00:00","calendarVersion":"weekends-only","at":"2026-03-02T01:00:00+00:00","divisionCode":"500113102000"}""",
        ];

        var state = EventAppliers.Replay(stored.Select(EventSerializer.Deserialize).ToList());

        var clock = state.Clocks["t1"];
        Assert.Equal((TimeLimitUnit.WorkingDays, 5), (clock.Unit, clock.LimitWorkingDays));
        var snapshot = InstanceSnapshot.ToJson(state);
        Assert.DoesNotContain("\"Unit\"", snapshot, StringComparison.Ordinal);
        Assert.Equal(TimeLimitUnit.WorkingDays, InstanceSnapshot.FromJson(snapshot).Clocks["t1"].Unit);
    }

    [Fact]
    public void WorkingDayClock_IsStoredWithoutAUnit_OtherUnitsByTheirCode()
    {
        var at = DateTimeOffset.UnixEpoch;
        var working = new ClockStarted("t1", "t1", 5, at, "v", at);
        var hours = working with { Unit = TimeLimitUnit.Hours };

        Assert.DoesNotContain("unit", EventSerializer.Serialize(working), StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"hours\"", EventSerializer.Serialize(hours), StringComparison.Ordinal);
        Assert.Equal(hours, EventSerializer.Deserialize(EventSerializer.Serialize(hours)));
    }

    [Fact]
    public async Task Snapshot_HoursClock_RoundTripsTheUnit()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(TimeLimitUnitTests.OneTask(24, "hours")), input: new() { ["divisionCode"] = "500113102001" });

        var json = InstanceSnapshot.ToJson(view);
        var clock = JsonNode.Parse(json)!["clocks"]!.AsObject().Single().Value!;
        Assert.Equal("hours", (string?)clock["Unit"]);
        Assert.Equal(TimeLimitUnit.Hours, InstanceSnapshot.FromJson(json).Clocks.Values.Single().Unit);
        Assert.Equal(TimeLimitUnit.Hours, InstanceSnapshot.FromJson(json).Tasks.Values.Single().Opened.TimeLimitUnit);
        await harness.AssertReplayMatches();
    }

    [Theory]
    [InlineData(5, "weeks", "UnknownTimeLimitUnit", "时限单位 'weeks' 无效")]
    [InlineData(0, "hours", "InvalidNumber", "办理时限必须是正数（小时），实际为 0")]
    [InlineData(-3, "hours", "InvalidNumber", "办理时限必须是正数（小时）")]
    [InlineData(9000, "hours", "InvalidNumber", "不能超过 8760 小时")]
    [InlineData(400, null, "InvalidNumber", "不能超过 365 个工作日")]
    public void Validation_BadUnitOrLimit_IsRefusedInChinese(int limit, string? unit, string code, string words)
    {
        var read = DefinitionReader.Read(TimeLimitUnitTests.OneTask(limit, unit));

        Assert.False(read.IsValid);
        var error = Assert.Single(read.Errors, e => e.Code == code);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainLevel_WithHoursUnit_OpensAnHourClock()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            D.Activity("c", "Gov.ApprovalChain", D.Literal("serviceItem", "child-protection") + ","
                + D.Object("levels", """[{"level":"village","post":"儿童主任","timeLimit":12,"timeLimitUnit":"hours"}]""")),
            ""));

        var view = await harness.Start(definition, input: new() { ["divisionCode"] = "500113102001" });

        var clock = view.Clocks.Values.Single();
        Assert.Equal((TimeLimitUnit.Hours, harness.Time.GetUtcNow().AddHours(12)), (clock.Unit, clock.DueAt));
        await harness.AssertReplayMatches();
    }
}
