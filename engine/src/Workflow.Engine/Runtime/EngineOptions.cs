using Workflow.Engine.Definitions;
using Workflow.Engine.Expressions;

namespace Workflow.Engine.Runtime;

/// <summary>Engine-wide settings, bound from <c>Workflow:Engine</c> by the host.</summary>
public sealed class EngineOptions
{
    public ScriptLimits Scripts { get; set; } = new();

    /// <summary>
    /// A burst that runs more activities than this without waiting is stopped with an incident: the last line of
    /// defence against a loop the validator could not see.
    /// </summary>
    public int MaxActivitiesPerBurst { get; set; } = 10_000;

    /// <summary>The host default for storing activity inputs in execution records (Elsa's <c>Inherit</c> means include).</summary>
    public LogPersistenceMode HostLogPersistence { get; set; } = LogPersistenceMode.Inherit;

    /// <summary>
    /// A clock in working days turns yellow when this many working days or fewer remain before its deadline; a clock in
    /// calendar days when this many calendar days or fewer remain.
    /// </summary>
    public int YellowWarningWorkingDays { get; set; } = 2;

    /// <summary>A clock in hours turns yellow when this share of its limit or less remains (0.25: 6 of 24 hours).</summary>
    public double YellowWarningHoursShare { get; set; } = 0.25;
}
