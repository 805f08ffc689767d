using Workflow.Engine.Ports;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>
/// Where a claimed timer goes: straight to this host's executor (<see cref="LocalTimerDispatcher"/>, the default) or,
/// with the messaging project, onto the bus so that every host's consumers share the firing.
/// </summary>
public interface ITimerDispatcher
{
    Task DispatchAsync(DueTimer timer, CancellationToken cancellationToken);
}
