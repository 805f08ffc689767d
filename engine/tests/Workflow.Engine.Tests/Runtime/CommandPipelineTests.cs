using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Pipeline;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Middleware runs around every command and learns from the context whether the command reached the store.</summary>
public sealed class CommandPipelineTests
{
    private static string Referral() => D.Flowchart(
        $"""
        {D.Activity("edu", "Gov.Referral", D.Object("department", """{"code":"district-education","name":"区教育局","level":"district"}""") + "," + D.Literal("timeLimit", "5", "Int32"))},
        {D.Activity("w", "Elsa.WriteLine", D.Literal("text", "已回复"))}
        """,
        D.Connect("edu", "w", "approve"));

    private static System.Text.Json.Nodes.JsonObject Input() => new() { ["divisionCode"] = "500113102001" };

    [Fact]
    public async Task Pipeline_TwoMiddleware_RunInRegistrationOrderAroundTheCommand()
    {
        var harness = new Harness();
        var definition = harness.Publish(Referral());
        var trace = new List<string>();
        var executor = new WorkflowExecutor(harness.Catalog, harness.Store, harness.Executor.Services,
            [new Recording("outer", trace), new Recording("inner", trace)]);

        var result = await executor.ExecuteAsync(new StartInstance("case-1", definition.DefinitionId, definition.Version, Input()));

        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        Assert.Equal(["outer>", "inner>", "<inner", "<outer"], trace);
    }

    [Fact]
    public async Task Pipeline_CommandsEndingEachWay_RecordWhetherTheyReachedTheStore()
    {
        var harness = new Harness();
        var definition = harness.Publish(Referral());
        var seen = new List<CommandContext>();
        var executor = new WorkflowExecutor(harness.Catalog, harness.Store, harness.Executor.Services, [new Recording("only", [], seen)]);
        var start = new StartInstance("case-1", definition.DefinitionId, definition.Version, Input()) { RequestKey = "start-1" };

        await executor.ExecuteAsync(start);
        await executor.ExecuteAsync(start);
        await executor.ExecuteAsync(new ClaimTask("case-1", "no-such-task", Actor.User("zhao")));

        Assert.Equal(CommitOutcome.Committed, seen[0].Commit?.Outcome);
        Assert.True(seen[0].Result!.IsAccepted);
        Assert.Null(seen[1].Commit);
        Assert.True(seen[1].Result!.IsRepeat);
        Assert.Null(seen[2].Commit);
        Assert.Equal(RejectionType.NotFound, seen[2].Result!.Rejection!.Type);
    }

    [Fact]
    public async Task Pipeline_StoreThrowsOnCommit_RecordsAFailedCommitAndRethrows()
    {
        var harness = new Harness();
        var definition = harness.Publish(Referral());
        var seen = new List<CommandContext>();
        var executor = new WorkflowExecutor(harness.Catalog, new FailingStore(harness.Store), harness.Executor.Services, [new Recording("only", [], seen)]);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await executor.ExecuteAsync(new StartInstance("case-1", definition.DefinitionId, definition.Version, Input())));

        Assert.Equal("disk full", thrown.Message);
        Assert.Equal(CommitOutcome.Failed, seen.Single().Commit?.Outcome);
        Assert.Null(seen.Single().Result);
    }

    private sealed class Recording(string name, List<string> trace, List<CommandContext>? seen = null) : ICommandMiddleware
    {
        public async ValueTask InvokeAsync(CommandContext context, CommandDelegate next)
        {
            trace.Add(name + ">");
            try
            {
                await next(context);
            }
            finally
            {
                trace.Add("<" + name);
                seen?.Add(context);
            }
        }
    }

    private sealed class FailingStore(IInstanceStore inner) : IInstanceStore
    {
        public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken) => inner.LoadAsync(instanceId, cancellationToken);

        public ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken) => throw new InvalidOperationException("disk full");

        public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) => inner.FindResultAsync(requestKey, cancellationToken);

        public void Invalidate(string instanceId) => inner.Invalidate(instanceId);
    }
}
