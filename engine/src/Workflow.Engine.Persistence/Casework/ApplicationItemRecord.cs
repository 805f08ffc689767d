namespace Workflow.Engine.Persistence.Casework;

/// <summary>One sub-case of an application: a service item, the workflow instance that handles it, and its status.</summary>
public sealed record ApplicationItemRecord(
    string ApplicationId,
    string ItemCode,
    string Kind,
    string? InstanceId,
    string? DepartmentCode,
    string DecidingDivision,
    string Status);
