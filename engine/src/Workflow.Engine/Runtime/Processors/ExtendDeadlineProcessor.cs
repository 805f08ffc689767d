using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ExtendDeadlineProcessor : CommandProcessor<ExtendDeadline>
{
    private const int MaxDays = 60;

    public override Rejection? Check(in CheckView view, ExtendDeadline command)
    {
        // The amount is in the clock's unit: up to 60 days, or as many hours (issue 11).
        var unit = view.Instance.Clocks.GetValueOrDefault(command.ClockId)?.Unit ?? TimeLimitUnit.WorkingDays;
        var max = unit == TimeLimitUnit.Hours ? MaxDays * 24 : MaxDays;
        if (command.ExtraWorkingDays < 1 || command.ExtraWorkingDays > max)
        {
            return Rejection.Invalid($"Expected an extension of 1 to {max} {unit.Code()}, but got {command.ExtraWorkingDays}.", "extraWorkingDays");
        }
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return Rejection.Invalid("Expected the reason for the extension, but it is empty.", "reason");
        }
        var (clock, missing) = PauseReasons.Find(view.Instance, command.ClockId, "extend");
        return clock is null ? missing : Authority.CheckClock(command.Actor, view.Instance, clock, "extend the deadline", view.Now);
    }

    public override void Run(Burst burst, ExtendDeadline command) =>
        burst.Clocks.Extend(command.ClockId, command.ExtraWorkingDays, command.Actor.Id, command.Reason);
}
