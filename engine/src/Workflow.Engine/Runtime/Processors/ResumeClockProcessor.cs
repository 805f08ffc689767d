using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ResumeClockProcessor : CommandProcessor<ResumeClock>
{
    public override Rejection? Check(in CheckView view, ResumeClock command)
    {
        var (clock, rejection) = PauseReasons.Find(view.Instance, command.ClockId, "resume");
        if (clock is null)
        {
            return rejection;
        }
        return clock.PausedAt is null
            ? Rejection.InvalidState($"Expected to resume clock '{clock.ClockId}', but it is not paused.")
            : Authority.CheckClock(command.Actor, view.Instance, clock, "resume", view.Now);
    }

    public override void Run(Burst burst, ResumeClock command) => burst.Clocks.Resume(command.ClockId, command.Actor.Id);
}
