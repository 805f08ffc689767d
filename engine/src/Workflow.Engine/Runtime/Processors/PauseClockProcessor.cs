using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class PauseClockProcessor : CommandProcessor<PauseClock>
{
    public override Rejection? Check(in CheckView view, PauseClock command)
    {
        if (!PauseReasons.All.Contains(command.Reason))
        {
            return Rejection.Invalid($"Expected a pause reason of {string.Join(", ", PauseReasons.All)}, but got '{command.Reason}'.", "reason");
        }
        var (clock, rejection) = PauseReasons.Find(view.Instance, command.ClockId, "pause");
        if (clock is null)
        {
            return rejection;
        }
        return clock.PausedAt is not null
            ? Rejection.InvalidState($"Expected to pause clock '{clock.ClockId}', but it is already paused for {clock.PauseReason}.")
            : Authority.CheckClock(command.Actor, view.Instance, clock, "pause", view.Now);
    }

    public override void Run(Burst burst, PauseClock command) => burst.Clocks.Pause(command.ClockId, command.Reason, command.Actor.Id);
}
