using System.Text.Json.Nodes;
using Dapper;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Api;

/// <summary>
/// 低保 end to end through the HTTP API on PostgreSQL: window intake, village visit, township review, the 区教育局
/// referral over RabbitMQ to a department system that answers on the bus, and the county's confirmation.
/// </summary>
public sealed class DibaoEndToEndTests(DibaoEndToEndTests.OneHost fixture) : IClassFixture<DibaoEndToEndTests.OneHost>
{
    private const string Department = "it-education";
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Dibao_WithDepartmentReferralOverRabbitMq_IsApprovedAndAuditIntact()
    {
        await using var education = await DepartmentSimulator.StartAsync(fixture.VirtualHost, Department, "edu-system",
            _ => ("approve", "经核实，其子女在校就读", new JsonObject { ["inSchool"] = true }));
        using var client = fixture.Hosts[0].CreateClient();
        var api = new WorkflowApi(client);

        var started = await api.StartCaseAsync("it-dibao-referral", new
        {
            divisionCode = TestDivisions.Village,
            applicantName = "张秀英",
            householdSize = 3,
        });
        var id = (string)started["instanceId"]!;
        // The operations sampler reads PostgreSQL every second: the open intake task shows on /metrics.
        await Wait.UntilAsync(async () => await api.MetricAsync("workflow_tasks_open") >= 1, TimeSpan.FromSeconds(20),
            () => $"workflow_tasks_open to count the intake task\n{fixture.Output}");
        var afterIntake = await api.DecideOkAsync(id, WorkflowApi.OpenTask(started, "受理低保申请"), TestActor.WindowClerk);
        var afterVisit = await api.DecideOkAsync(id, WorkflowApi.OpenTask(afterIntake, "入户调查"), TestActor.VillageAssistant);
        var afterReview = await api.DecideOkAsync(id, WorkflowApi.OpenTask(afterVisit, "乡镇审核"), TestActor.TownshipReviewer);
        var referral = WorkflowApi.OpenTasks(afterReview).Single();
        Assert.Equal("Referral", (string?)referral["kind"]);
        Assert.Equal(Department, (string?)referral["assignee"]!["departmentCode"]);

        JsonNode? current = null;
        await Wait.UntilAsync(async () =>
        {
            current = await api.InstanceAsync(id);
            return WorkflowApi.OpenTasks(current).Any(t => ((string?)t["title"])!.StartsWith("审核确认", StringComparison.Ordinal));
        }, ReplyTimeout, () => $"the department's reply to reach the case and open 审核确认: {current?.ToJsonString()}\n{fixture.Output}");
        var finished = await api.DecideOkAsync(id, WorkflowApi.OpenTask(current!, "审核确认"), TestActor.DistrictApprover);

        Assert.Equal("Finished", (string?)finished["status"]);
        Assert.Equal("approved", (string?)finished["variables"]!["result"]);
        var delivery = Assert.Single(education.Received);
        Assert.Equal((string?)referral["taskId"], delivery.Task.TaskId);
        Assert.Equal(id, delivery.Task.InstanceId);
        Assert.Equal(Department, delivery.Task.DepartmentCode);
        Assert.NotNull(delivery.MessageId);

        var events = await api.EventsAsync(id);
        var reply = Assert.Single(WorkflowApi.OfType(events, "DepartmentReplied"));
        Assert.Equal(Department, (string?)reply["departmentCode"]);
        Assert.Equal("approve", (string?)reply["outcome"]);
        Assert.Equal(4, WorkflowApi.OfType(events, "DecisionRecorded").Count());
        Assert.Single(WorkflowApi.OfType(events, "InstanceFinished"));

        var audit = await api.AuditAsync();
        Assert.True((bool)audit["isIntact"]!, audit.ToJsonString());
        await using var connection = fixture.Database.Open();
        var stored = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_events WHERE instance_id = @id", new { id });
        Assert.Equal(events.Count, stored);
    }

    public sealed class OneHost : ServersFixture
    {
        protected override int HostCount => 1;
    }
}
