using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Workflow.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Workflow.IntegrationTests.Durability;

/// <summary>
/// Crash safety of the embedded default (SQLite, WAL, synchronous=FULL): the real host runs as a separate process,
/// officers' approvals are driven at it over HTTP, and it is killed with SIGKILL at a random moment, several times.
/// After every restart each acknowledged approval is there exactly once, no task has a second decision, the audit
/// chain verifies, and every department message the history owes has its outbox row; at the end all of them are sent.
/// A decision the kill left unanswered is sent again with its request key after the restart, as a clerk would click
/// again, and must come back 200 without deciding the task twice.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Crashes = 6;
    private const int Workers = 4;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wf-it-crash-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly ConcurrentQueue<Acknowledged> _acknowledged = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly ConcurrentQueue<InFlight> _unanswered = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private TaskCompletionSource _killNow = new();
    private int _killAfter;
    private int _acknowledgedThisRun;

    private string DatabaseFile
    {
        get
        {
            Directory.CreateDirectory(_folder);
            return Path.Combine(_folder, "workflow.db");
        }
    }

    [Fact]
    public async Task Host_KilledAtRandomWhileApproving_KeepsEveryAcknowledgedApprovalOnceAuditChainAndOutbox()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        await using var host = new WebHostProcess("crash-host", HostSettings.OnSqlite(DatabaseFile));
        for (var crash = 1; crash <= Crashes; crash++)
        {
            await host.StartAsync();
            await RetryUnansweredAsync(host, $"seed {seed}, after restart {crash - 1}");
            await VerifyAsync(host, $"seed {seed}, after restart {crash - 1}");

            // The kill comes right after a random number of acknowledgements, while the other workers' requests are in flight.
            _killAfter = random.Next(5, 40);
            _acknowledgedThisRun = 0;
            _killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Workers).Select(_ => DriveAsync(host, stop.Token)).ToArray();
            var first = await Task.WhenAny(_killNow.Task, Task.WhenAll(workers)).WaitAsync(Timeout);
            Assert.True(first == _killNow.Task, $"seed {seed}, crash {crash}: the workers stopped before {_killAfter} acknowledgements: "
                + $"{string.Join("; ", _unexpected)}\n{host.Output}");
            await host.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            Log($"crash {crash}: killed after acknowledgement {_killAfter}; {_acknowledgedThisRun} acknowledged before the kill took effect, {_acknowledged.Count} in all");
            Assert.True(_unexpected.IsEmpty, $"seed {seed}, crash {crash}: {string.Join("; ", _unexpected)}\n{host.Output}");
        }

        Log($"seed {seed}");
        await host.StartAsync();
        await RetryUnansweredAsync(host, $"seed {seed}, after the last restart");
        await VerifyAsync(host, $"seed {seed}, after the last restart");
        await Wait.UntilAsync(async () => await UnsentOutboxRowsAsync() == 0, Timeout,
            () => $"the relay to send every outbox row after the last restart (seed {seed})\n{host.Output}");
        Assert.True(_acknowledged.Count >= Crashes * 5, $"only {_acknowledged.Count} approvals were acknowledged (seed {seed})");
        await host.StopAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>One officer's work: start a 低保 case and approve its first three steps, again and again.</summary>
    private async Task DriveAsync(WebHostProcess host, CancellationToken stop)
    {
        using var client = host.CreateClient();
        var api = new WorkflowApi(client);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var instance = await StartAsync(api, stop);
                var id = (string)instance["instanceId"]!;
                foreach (var (title, actor) in new[] { ("受理低保申请", TestActor.WindowClerk), ("入户调查", TestActor.VillageAssistant), ("乡镇审核", TestActor.TownshipReviewer) })
                {
                    instance = await ApproveAsync(api, id, WorkflowApi.OpenTask(instance, title), actor, stop);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException || !host.IsRunning)
        {
            // The host was killed under this request: it may or may not have committed, and it was not acknowledged.
        }
        catch (Exception e)
        {
            _unexpected.Enqueue(e.ToString());
        }
    }

    private async Task<JsonNode> StartAsync(WorkflowApi api, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/instances")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { definitionId = "it-dibao-referral", input = new { divisionCode = TestDivisions.Village } }),
        };
        TestActor.Administrator.ApplyTo(request.Headers);
        using var response = await api.Client.SendAsync(request, stop);
        var body = await response.Content.ReadAsStringAsync(stop);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"start answered {(int)response.StatusCode}: {body}");
        }
        var instance = JsonNode.Parse(body)!;
        Acknowledge(new Acknowledged((string)instance["instanceId"]!, null, null));
        return instance;
    }

    private async Task<JsonNode> ApproveAsync(WorkflowApi api, string id, string taskId, TestActor actor, CancellationToken stop)
    {
        var requestKey = Guid.NewGuid().ToString("N");
        HttpResponseMessage response;
        try
        {
            response = await api.DecideAsync(id, taskId, actor, "approve", requestKey: requestKey, cancellationToken: stop);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // Killed under the request: committed or not, nobody knows. The clerk clicks again after the restart.
            _unanswered.Enqueue(new InFlight(id, taskId, actor, requestKey));
            throw;
        }
        using var _ = response;
        var body = await response.Content.ReadAsStringAsync(stop);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"decision on {taskId} answered {(int)response.StatusCode}: {body}");
        }
        Acknowledge(new Acknowledged(id, taskId, actor.User));
        return JsonNode.Parse(body)!;
    }

    /// <summary>
    /// Sends every decision the kill left unanswered again, with its request key: whether the first try committed or not,
    /// the answer must be 200 and the task decided once (a repeat returns the first result).
    /// </summary>
    private async Task RetryUnansweredAsync(WebHostProcess host, string when)
    {
        using var client = host.CreateClient();
        var api = new WorkflowApi(client);
        var retried = 0;
        while (_unanswered.TryDequeue(out var request))
        {
            using var response = await api.DecideAsync(request.InstanceId, request.TaskId, request.Actor, "approve", requestKey: request.RequestKey);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{when}: retry of {request.TaskId} with key {request.RequestKey}: {(int)response.StatusCode} {body}");
            _acknowledged.Enqueue(new Acknowledged(request.InstanceId, request.TaskId, request.Actor.User));
            retried++;
        }
        Log($"{when}: {retried} unanswered decisions sent again with their request keys");
    }

    private void Log(string line) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0} s] {line}");

    private void Acknowledge(Acknowledged acknowledged)
    {
        _acknowledged.Enqueue(acknowledged);
        if (Interlocked.Increment(ref _acknowledgedThisRun) == _killAfter)
        {
            _killNow.TrySetResult();
        }
    }

    private async Task VerifyAsync(WebHostProcess host, string when)
    {
        var history = await ReadHistoryAsync();
        foreach (var ack in _acknowledged)
        {
            Assert.True(history.Instances.Contains(ack.InstanceId), $"{when}: acknowledged case {ack.InstanceId} is missing");
            if (ack.TaskId is { } taskId)
            {
                Assert.True(history.Decisions.TryGetValue(taskId, out var actors) && actors.Count == 1 && actors[0] == ack.User,
                    $"{when}: acknowledged approval of {taskId} by {ack.User} is stored as [{string.Join(",", actors ?? [])}]");
            }
        }
        var doubled = history.Decisions.Where(d => d.Value.Count > 1).Select(d => d.Key).ToList();
        Assert.True(doubled.Count == 0, $"{when}: tasks decided more than once: {string.Join(",", doubled)}");

        var outbox = await OutboxMessageIdsAsync();
        var missing = history.OwedMessages.Except(outbox).ToList();
        Assert.True(missing.Count == 0, $"{when}: outbox rows lost for {string.Join(",", missing)}");
        Assert.True(outbox.SetEquals(history.OwedMessages), $"{when}: outbox rows without a task: {string.Join(",", outbox.Except(history.OwedMessages))}");

        using var client = host.CreateClient();
        var audit = await new WorkflowApi(client).AuditAsync();
        Assert.True((bool)audit["isIntact"]!, $"{when}: {audit.ToJsonString()}");
        Assert.Equal(history.Instances.Count, (long)audit["instancesChecked"]!);
        Log($"{when}: {history.Instances.Count} cases, {history.Decisions.Count} decisions, {outbox.Count} outbox rows, "
            + $"{(long)audit["eventsChecked"]!} events in an intact chain");
    }

    /// <summary>The committed history, read straight from the database file the killed host left behind.</summary>
    private async Task<History> ReadHistoryAsync()
    {
        await using var connection = await OpenAsync();
        var instances = (await connection.QueryAsync<string>("SELECT id FROM wf_instances")).ToHashSet(StringComparer.Ordinal);
        var decisions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var owed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (instanceId, body) in await connection.QueryAsync<(string, string)>("SELECT instance_id, body FROM wf_events"))
        {
            var e = JsonNode.Parse(body)!;
            switch ((string?)e["$event"])
            {
                case "DecisionRecorded":
                    var taskId = (string)e["taskId"]!;
                    if (!decisions.TryGetValue(taskId, out var actors))
                    {
                        decisions[taskId] = actors = [];
                    }
                    actors.Add((string)e["actorId"]!);
                    break;
                case "TaskOpened" when OwesDepartmentMessage(e):
                    // The department's queue, and its officers' 待办 notice in the message centre.
                    owed.Add("task-assigned:" + (string)e["taskId"]!);
                    owed.Add("task-arrived:" + (string)e["taskId"]!);
                    break;
                case "TaskOpened":
                    // A task for people tells them in the message centre (NoticePlanner.Arrived), in the same commit.
                    owed.Add("task-arrived:" + (string)e["taskId"]!);
                    break;
                case "InstanceFinished":
                    owed.Add("workflow-finished:" + instanceId);
                    break;
            }
        }
        return new History(instances, decisions, owed);
    }

    /// <summary>
    /// A task opened for a department sends it a TaskAssigned (OutboxPlanner), every task a TaskArrived notice, and a
    /// finished case a WorkflowFinished, so their rows must exist.
    /// </summary>
    private static bool OwesDepartmentMessage(JsonNode opened) =>
        opened["assignee"] is JsonObject assignee && assignee["departmentCode"] is JsonValue code && code.GetValue<string>().Length > 0;

    private async Task<HashSet<string>> OutboxMessageIdsAsync()
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<string>("SELECT message_id FROM wf_outbox")).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<long> UnsentOutboxRowsAsync()
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_outbox WHERE sent_at IS NULL");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private sealed record Acknowledged(string InstanceId, string? TaskId, string? User);

    private sealed record InFlight(string InstanceId, string TaskId, TestActor Actor, string RequestKey);

    private sealed record History(HashSet<string> Instances, Dictionary<string, List<string>> Decisions, HashSet<string> OwedMessages);
}
