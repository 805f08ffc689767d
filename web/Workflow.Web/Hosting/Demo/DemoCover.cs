using System.Text.Json.Nodes;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Cover;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// Issue 12's demo: 张伟 (民政办, 界石镇) is away this week and 杨帆 covers for him, so a 高龄津贴 case opened after it
/// reaches both; the window (王芳) urges it, so 张伟, 赵磊 and 杨帆 find a 催办 in their message centre.
/// </summary>
internal static class DemoCover
{
    public const string InstanceId = "demo-old-age-001";

    public static async Task SetDeputyAsync(DeputyService deputies, CancellationToken cancellationToken)
    {
        var zhangwei = Actor.User("zhangwei", [StandardPosts.TownshipReview], [DemoOrganisation.Jieshi]);
        await deputies.SetAsync(new Caller(zhangwei, "张伟", AccessSubject.Of(zhangwei)), "yangfan", deputies.Today, deputies.Today.AddDays(6), cancellationToken)
            .ConfigureAwait(false);
    }

    public static async Task StartAndUrgeAsync(WorkflowExecutor commands, CancellationToken cancellationToken)
    {
        var input = new JsonObject
        {
            [CaseInputKeys.DivisionCode] = DemoOrganisation.Guihua,
            [CaseInputKeys.ApplicantName] = "周桂芳",
            [CaseInputKeys.ServiceItem] = "old-age-allowance",
        };
        var started = await commands.ExecuteAsync(new StartInstance(InstanceId, "old-age-allowance", null, input), cancellationToken).ConfigureAwait(false);
        if (started.Instance?.Tasks.Values.FirstOrDefault(t => t.Status == TaskLifecycle.Open) is not { } task)
        {
            return;
        }
        var window = Actor.User("wangfang", [StandardPosts.Window], [DemoOrganisation.Jieshi]);
        await commands.ExecuteAsync(new UrgeTask(InstanceId, task.TaskId, window, "申请人家属来电询问进度，请尽快审核"), cancellationToken).ConfigureAwait(false);
    }
}
