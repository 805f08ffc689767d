using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>
/// 转办, 委派, 抄送, 加签 and 人工指派 ask the organisation whether the person named could hold (or read) the task; a
/// refusal names the field and changes nothing.
/// </summary>
public sealed class HandOverTargetTests
{
    private static FakeOrganisation Organisation() =>
        new FakeOrganisation().With("村协理员", Flows.Village, "wang", "zhou").Refusing("relative", "此人须回避");

    [Theory]
    [InlineData("transfer")]
    [InlineData("delegate")]
    public async Task HandOver_ToARefusedUser_IsRejectedOnToUserId_AndChangesNothing(string operation)
    {
        var org = Organisation();
        var (harness, taskId) = await Flows.OpenedAsync(Flows.TwoSteps(), org);
        var before = harness.Store.EventsOf("case-1").Count;
        var wang = Actor.User("wang");

        var result = await harness.Run(operation == "transfer"
            ? new TransferTask("case-1", taskId, wang, "relative", "出差")
            : new DelegateTask("case-1", taskId, wang, "relative", "请核实"));

        Assert.Equal((RejectionType.InvalidInput, "toUserId"), (result.Rejection!.Type, result.Rejection.Field));
        Assert.Contains("此人须回避", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(before, harness.Store.EventsOf("case-1").Count);
        Assert.Equal(("relative", HolderRole.Holder), org.HolderChecks[^1]);
    }

    [Fact]
    public async Task ManualAssignment_ByTheHost_AsksForSomeoneInTheCasesArea()
    {
        var org = Organisation();
        var (harness, taskId) = await Flows.OpenedAsync(Flows.TwoSteps(), org);

        var assigned = await harness.Run(new TransferTask("case-1", taskId, Actor.System with { Id = "dudao" }, "sun", "回避后无人可办"));
        var refused = await harness.Run(new TransferTask("case-1", taskId, Actor.System with { Id = "dudao" }, "relative", "回避后无人可办"));

        Assert.True(assigned.IsAccepted, assigned.Rejection?.ToString());
        Assert.Equal(("sun", HolderRole.Assigned), org.HolderChecks[0]);
        Assert.Equal("toUserId", refused.Rejection!.Field);
    }

    [Fact]
    public async Task Copy_ToARefusedReader_IsRejectedOnUserIds()
    {
        var org = Organisation();
        var (harness, taskId) = await Flows.OpenedAsync(Flows.TwoSteps(), org);

        var refused = await harness.Run(new CopyTask("case-1", taskId, Actor.User("wang"), ["dudao", "relative"], "请关注"));
        var copied = await harness.Run(new CopyTask("case-1", taskId, Actor.User("wang"), ["dudao"], "请关注"));

        Assert.Equal((RejectionType.InvalidInput, "userIds"), (refused.Rejection!.Type, refused.Rejection.Field));
        Assert.True(copied.IsAccepted, copied.Rejection?.ToString());
        Assert.Contains(("dudao", HolderRole.Reader), org.HolderChecks);
        await harness.AssertReplayMatches();
    }
}
