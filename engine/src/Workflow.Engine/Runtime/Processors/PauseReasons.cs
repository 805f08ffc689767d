using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>The reasons the rules allow a legal clock to stand still (public: the pause form offers them).</summary>
public static class PauseReasons
{
    /// <summary>补正材料, 公示 and 核对.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { "补正材料", "公示", "核对" };

    internal static (ClockState? Clock, Rejection? Rejection) Find(IInstanceView instance, string clockId, string action)
    {
        if (Checks.Running(instance, action) is { } notRunning)
        {
            return (null, notRunning);
        }
        return instance.Clocks.TryGetValue(clockId, out var clock)
            ? (clock, null)
            : (null, Rejection.NotFound($"Expected to {action} on clock '{clockId}', but instance '{instance.InstanceId}' has no such running clock."));
    }
}
