using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ResumeClockProcessor : CommandProcessor<ResumeClock>
{
    public override Rejection? Process(Burst burst, ResumeClock command)
    {
        var (clock, rejection) = PauseReasons.Find(burst.State, command.ClockId, "resume");
        if (clock is null)
        {
            return rejection;
        }
        if (clock.PausedAt is null)
        {
            return Rejection.InvalidState($"Expected to resume clock '{clock.ClockId}', but it is not paused.");
        }
        burst.ResumeClock(clock.ClockId, command.Actor.Id);
        return null;
    }
}
