using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>催办: anyone but the task's own holder may press it; the outbox carries the notification.</summary>
internal sealed class UrgeTaskProcessor : CommandProcessor<UrgeTask>
{
    public override Rejection? Check(in CheckView view, UrgeTask command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, "urge");
        if (task is null)
        {
            return rejection;
        }
        if (Checks.Required(command.Message, "message", "the urging message", 500) is { } bad)
        {
            return bad;
        }
        return task.Holder == command.Actor.Id
            ? Rejection.Forbidden($"Expected someone other than the holder to urge task '{task.TaskId}', but '{command.Actor.Id}' holds it (不能催办自己).")
            : null;
    }

    public override void Run(Burst burst, UrgeTask command) =>
        burst.Emit(new TaskUrged(command.TaskId, command.Actor.Id, command.Message, burst.Now));
}
