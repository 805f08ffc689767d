using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class CopyTaskProcessor : CommandProcessor<CopyTask>
{
    private const string Action = "copy";

    public override Rejection? Check(in CheckView view, CopyTask command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (Checks.RequiredList(command.UserIds, "userIds", "the users to copy the task to") is { } bad)
        {
            return bad;
        }
        if (command.Note is { Length: > 2000 })
        {
            return Rejection.Invalid($"Expected a note of at most 2000 characters, but got {command.Note.Length}.", "note");
        }
        if (!Authority.MayAct(command.Actor, task, view.Now) && !Authority.IsSigner(command.Actor, task))
        {
            return Authority.Forbidden(command.Actor, task, Action);
        }
        foreach (var userId in command.UserIds)
        {
            if (HandOverTarget.Check(view, task, userId, HolderRole.Reader, "userIds") is { } refused)
            {
                return refused;
            }
        }
        return null;
    }

    public override void Run(Burst burst, CopyTask command) =>
        burst.Emit(new TaskCopied(command.TaskId, command.Actor.Id, command.UserIds.Distinct(StringComparer.Ordinal).ToList(), command.Note, burst.Now));
}
