using System.Net;
using System.Text.Json.Nodes;
using Workflow.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Workflow.IntegrationTests.Concurrency;

/// <summary>
/// Two officers decide the same task at the same moment, each through a different host on one PostgreSQL database:
/// exactly one wins, the other gets 409 ProblemDetails, and the history holds one decision.
/// </summary>
public sealed class ConcurrentDecisionsTests(ConcurrentDecisionsTests.TwoHosts fixture, ITestOutputHelper output)
    : IClassFixture<ConcurrentDecisionsTests.TwoHosts>
{
    private const int Rounds = 12;

    private static readonly TestActor FirstClerk = TestActor.WindowClerk;
    private static readonly TestActor SecondClerk = TestActor.WindowClerk with { User = "zhaolei" };

    [Fact]
    public async Task Decide_SameTaskAtOnceOnTwoHosts_OneWinsOtherGets409AndOneDecisionIsRecorded()
    {
        using var clientA = fixture.Hosts[0].CreateClient();
        using var clientB = fixture.Hosts[1].CreateClient();
        var (apiA, apiB) = (new WorkflowApi(clientA), new WorkflowApi(clientB));
        var conflictCodes = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            var started = await apiA.StartCaseAsync("it-dibao-referral", new { divisionCode = TestDivisions.Village });
            var id = (string)started["instanceId"]!;
            var task = WorkflowApi.OpenTask(started, "受理低保申请");
            // Both requests wait on one signal, so they leave together rather than one after the other.
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var first = DecideWhenAsync(go.Task, apiA, id, task, FirstClerk);
            var second = DecideWhenAsync(go.Task, apiB, id, task, SecondClerk);
            go.SetResult();
            var answers = await Task.WhenAll(first, second);

            var statuses = answers.Select(a => a.Status).Order().ToArray();
            Assert.True(statuses.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
                $"round {round}: expected one 200 and one 409, got {string.Join(", ", answers.Select(a => $"{(int)a.Status} {a.Body}"))}");
            var loser = answers.Single(a => a.Status == HttpStatusCode.Conflict);
            Assert.Equal("application/problem+json", loser.MediaType);
            var problem = JsonNode.Parse(loser.Body)!;
            Assert.Equal(409, (int)problem["status"]!);
            conflictCodes.Add((string)problem["code"]!);

            var decisions = WorkflowApi.OfType(await apiB.EventsAsync(id), "DecisionRecorded").Where(d => (string?)d["taskId"] == task).ToList();
            var decision = Assert.Single(decisions);
            var winner = answers.Single(a => a.Status == HttpStatusCode.OK).Actor;
            Assert.Equal(winner.User, (string?)decision["actorId"]);
        }

        // Conflict: both loaded the same version and the database refused the second commit; InvalidState: the loser
        // ran after the winner committed and found the task closed. Both are 409; which one a round sees is timing.
        Assert.All(conflictCodes, code => Assert.Contains(code, new[] { "Conflict", "InvalidState" }));
        output.WriteLine(string.Join(", ", conflictCodes.GroupBy(c => c).Select(g => $"{g.Key}: {g.Count()}")));
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, string Body, TestActor Actor)> DecideWhenAsync(
        Task go, WorkflowApi api, string instanceId, string taskId, TestActor actor)
    {
        await go;
        using var response = await api.DecideAsync(instanceId, taskId, actor, "approve");
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), actor);
    }

    public sealed class TwoHosts : ServersFixture
    {
        protected override int HostCount => 2;
    }
}
