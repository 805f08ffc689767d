using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>
/// <c>WorkflowExecutor.CheckAsync</c>: the processors' own checks without running, which the pages ask before offering a
/// form (issue 12). It answers as the command would and changes nothing.
/// </summary>
public sealed class OperationCheckTests
{
    [Fact]
    public async Task CheckAsync_AddSignerOnASingleStep_IsRefusedAsTheCommandWouldBe()
    {
        var (h, taskId) = await Flows.OpenedAsync(Flows.OneStep());
        var command = new AddSigner("case-1", taskId, Actor.System, "d", "需财务意见");

        var checks = await h.Executor.CheckAsync("case-1", [command]);
        var run = await h.Run(command);

        Assert.Equal(RejectionType.InvalidState, checks[0]!.Type);
        Assert.Equal(run.Rejection, checks[0]);
    }

    [Fact]
    public async Task CheckAsync_AddSignerOnAMultiSignerStep_IsAcceptedAndEmitsNothing()
    {
        var (h, taskId) = await Flows.OpenedAsync(Flows.Signed("countersign", """["a","b","c"]"""));
        var version = (await h.View()).Version;

        var checks = await h.Executor.CheckAsync("case-1",
            [new AddSigner("case-1", taskId, Actor.System, "d"), new AddSigner("case-1", taskId, Actor.User("a"), "d"), new RemoveSigner("case-1", taskId, Actor.System, "b")]);

        Assert.Null(checks[0]);
        Assert.Equal(RejectionType.Forbidden, checks[1]!.Type);
        Assert.Null(checks[2]);
        Assert.Equal(version, (await h.View()).Version);
    }

    [Fact]
    public async Task CheckAsync_UnknownInstance_IsNotFoundForEveryCommand()
    {
        var (h, taskId) = await Flows.OpenedAsync(Flows.OneStep());

        var checks = await h.Executor.CheckAsync("no-such-case", [new ClaimTask("no-such-case", taskId, Actor.System)]);

        Assert.Equal(RejectionType.NotFound, Assert.Single(checks)!.Type);
    }
}
