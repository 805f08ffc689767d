using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ExtendDeadlineProcessor : CommandProcessor<ExtendDeadline>
{
    public override Rejection? Check(in CheckView view, ExtendDeadline command)
    {
        if (command.ExtraWorkingDays is < 1 or > 60)
        {
            return Rejection.Invalid($"Expected an extension of 1 to 60 working days, but got {command.ExtraWorkingDays}.", "extraWorkingDays");
        }
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return Rejection.Invalid("Expected the reason for the extension, but it is empty.", "reason");
        }
        return PauseReasons.Find(view.Instance, command.ClockId, "extend").Rejection;
    }

    public override void Run(Burst burst, ExtendDeadline command) =>
        burst.Clocks.Extend(command.ClockId, command.ExtraWorkingDays, command.Actor.Id, command.Reason);
}
