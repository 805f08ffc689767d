using Workflow.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Workflow.IntegrationTests.Messaging;

/// <summary>
/// Two hosts on one PostgreSQL database and one RabbitMQ broker share the work: both timer pumps claim due rows
/// (FOR UPDATE SKIP LOCKED) and send them to the engine queue, where both hosts' consumers compete; both outbox relays
/// publish; department replies land on one shared queue. Every due timer must fire exactly once and every message be
/// handled once.
/// </summary>
public sealed class TwoHostsTests(TwoHostsTests.TwoHosts fixture, ITestOutputHelper output) : IClassFixture<TwoHostsTests.TwoHosts>
{
    private const int Cases = 40;
    private const string Department = "it-timers";
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task TwoHosts_DueTimersAndDepartmentMessages_EachHandledExactlyOnce()
    {
        await using var department = await DepartmentSimulator.StartAsync(fixture.VirtualHost, Department, "dept-system", _ => ("approve", null, null));
        using var clientA = fixture.Hosts[0].CreateClient();
        using var clientB = fixture.Hosts[1].CreateClient();
        WorkflowApi[] apis = [new(clientA), new(clientB)];

        var ids = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var started = await apis[i % 2].StartCaseAsync("it-timer-referral", new { divisionCode = TestDivisions.Village });
            ids.Add((string)started["instanceId"]!);
        }
        var pending = new HashSet<string>(ids);
        await Wait.UntilAsync(async () =>
        {
            foreach (var id in pending.ToList())
            {
                if ((string?)(await apis[0].InstanceAsync(id))["status"] == "Finished")
                {
                    pending.Remove(id);
                }
            }
            return pending.Count == 0;
        }, CompletionTimeout, () => $"{pending.Count} of {Cases} cases to finish (timer → referral → reply)\n{fixture.Output}");

        foreach (var id in ids)
        {
            var events = await apis[1].EventsAsync(id);
            var scheduled = WorkflowApi.OfType(events, "TimerScheduled").Select(e => (string)e["timerId"]!).ToList();
            var fired = WorkflowApi.OfType(events, "TimerFired").Select(e => (string)e["timerId"]!).ToList();
            Assert.True(fired.Count == 1 && scheduled.Contains(fired[0]), $"case {id}: timers scheduled [{string.Join(",", scheduled)}], fired [{string.Join(",", fired)}]");
            Assert.Single(WorkflowApi.OfType(events, "DepartmentReplied"));
            Assert.Single(WorkflowApi.OfType(events, "InstanceFinished"));
        }
        var deliveries = department.Received.ToList();
        Assert.Equal(Cases, deliveries.Count);
        Assert.Equal(Cases, deliveries.Select(d => d.Task.TaskId).Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), deliveries.Select(d => d.Task.InstanceId).Order(StringComparer.Ordinal));

        // Each host counts what it committed; together they committed each firing and each reply once.
        var fires = 0.0;
        var replies = 0.0;
        foreach (var api in apis)
        {
            var hostFires = await api.MetricAsync("workflow_commands_total", "command=\"FireTimer\"", "outcome=\"committed\"");
            var hostReplies = await api.MetricAsync("workflow_commands_total", "command=\"RecordDepartmentReply\"", "outcome=\"committed\"");
            output.WriteLine($"{api.Client.BaseAddress}: fired {hostFires} timers, recorded {hostReplies} replies");
            fires += hostFires;
            replies += hostReplies;
        }
        Assert.Equal(Cases, fires);
        Assert.Equal(Cases, replies);
    }

    public sealed class TwoHosts : ServersFixture
    {
        protected override int HostCount => 2;

        /// <summary>Timers go over the bus, so both hosts' consumers compete for them as well as their pumps for the rows.</summary>
        protected override void Configure(Dictionary<string, string> settings) => settings["Messaging:FireTimersOverBus"] = "true";
    }
}
