using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workflow.Web.Operations;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Operations;

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Metrics_AfterCommands_CountsByTypeAndOutcomeInPrometheusFormat()
    {
        var instance = await _client.StartCaseAsync();
        var url = WebApi.Decision((string)instance["instanceId"]!, instance.OpenTaskId("入户调查"));
        await _client.PostJsonAsync(url, new { outcome = "approve" }, TestActor.TownshipReviewer); // wrong post: Forbidden
        await _client.PostJsonAsync(url, new { outcome = "approve" }, TestActor.VillageAssistant);

        var response = await _client.GetAsAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Value(text, "workflow_commands_total", "command=\"StartInstance\"", "outcome=\"committed\"") >= 1, text);
        Assert.True(Value(text, "workflow_commands_total", "command=\"RecordDecision\"", "outcome=\"committed\"") >= 1, text);
        Assert.True(Value(text, "workflow_commands_total", "command=\"RecordDecision\"", "outcome=\"rejected\"", "rejection=\"Forbidden\"") >= 1, text);
        Assert.True(Value(text, "workflow_commit_duration_seconds_count", "command=\"RecordDecision\"", "result=\"committed\"") >= 1, text);
    }

    [Fact]
    public async Task Metrics_AfterSample_ShowsOpenTasksAndLags()
    {
        await _client.StartCaseAsync();
        var sampler = factory.Services.GetServices<IHostedService>().OfType<OperationsSampler>().Single();

        await sampler.SampleAsync(CancellationToken.None);
        var text = await (await _client.GetAsAsync("/metrics")).Content.ReadAsStringAsync();

        // Every host in this test process exports every "Workflow.Engine" meter, so the gauges' exported values may be
        // another host's; this host's own reading is checked on its snapshot.
        var snapshot = factory.Services.GetRequiredService<WorkflowMetrics>().Snapshot;
        Assert.True(snapshot.OpenTasks >= 1, snapshot.ToString());
        Assert.Equal(0, snapshot.OverdueTasks);
        Assert.Equal(0, snapshot.TimerLagSeconds);
        Assert.True(snapshot.OutboxLagSeconds >= 0, snapshot.ToString());
        foreach (var gauge in new[] { "workflow_tasks_open", "workflow_tasks_overdue", "workflow_outbox_lag_seconds", "workflow_timer_lag_seconds" })
        {
            Assert.Contains($"# TYPE {gauge} gauge", text, StringComparison.Ordinal);
            Assert.False(double.IsNaN(Value(text, gauge)), gauge);
        }
    }

    /// <summary>The value of the first sample of <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    private static double Value(string text, string name, params string[] labels)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is '{' or ' '
                && labels.All(l => line.Contains(l, StringComparison.Ordinal)))
            {
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }
        return double.NaN;
    }
}
