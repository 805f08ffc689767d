namespace Workflow.Engine.Persistence.Casework;

/// <summary>Where handling left a message: its new status, why (parked, dismissed), the route that decided and the case it started.</summary>
public sealed record InboundSettlement(string Status, string? Reason, string? Route, string? InstanceId, string? DivisionCode, string? PersonKey);
