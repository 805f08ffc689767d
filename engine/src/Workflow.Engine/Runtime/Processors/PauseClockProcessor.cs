using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class PauseClockProcessor : CommandProcessor<PauseClock>
{
    public override Rejection? Process(Burst burst, PauseClock command)
    {
        if (!PauseReasons.All.Contains(command.Reason))
        {
            return Rejection.Invalid($"Expected a pause reason of {string.Join(", ", PauseReasons.All)}, but got '{command.Reason}'.", "reason");
        }
        var (clock, rejection) = PauseReasons.Find(burst.State, command.ClockId, "pause");
        if (clock is null)
        {
            return rejection;
        }
        if (clock.PausedAt is not null)
        {
            return Rejection.InvalidState($"Expected to pause clock '{clock.ClockId}', but it is already paused for {clock.PauseReason}.");
        }
        burst.PauseClock(clock.ClockId, command.Reason, command.Actor.Id);
        return null;
    }
}
