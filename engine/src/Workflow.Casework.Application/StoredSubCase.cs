namespace Workflow.Casework.Application;

/// <summary>One sub-case as the application's body remembers it: the plan the needs assessment made at intake.</summary>
public sealed record StoredSubCase(
    string ItemCode,
    string ItemName,
    string Kind,
    string Origin,
    string CaseDivisionCode,
    string JurisdictionBasis,
    string DecidingLevel,
    string? DecidingDivisionCode,
    string? DefinitionId,
    string? DepartmentCode,
    string? DepartmentName,
    int? TimeLimitDays,
    string InstanceId);
