namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// One sub-case of an application: a service item, the workflow instance that handles it, and its status.
/// <paramref name="CaseDivision"/> is the household's division the sub-case is about (null on rows from before it was kept).
/// </summary>
public sealed record ApplicationItemRecord(
    string ApplicationId,
    string ItemCode,
    string Kind,
    string? InstanceId,
    string? DepartmentCode,
    string DecidingDivision,
    string Status,
    string? CaseDivision = null);
