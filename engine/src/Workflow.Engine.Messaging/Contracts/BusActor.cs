namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// The user behind a bus command, as the sending host authenticated them. It can never claim the engine's system
/// actor: only the engine itself bypasses the assignment checks.
/// </summary>
public sealed record BusActor(string Id, IReadOnlyList<string> Posts, IReadOnlyList<string> DivisionCodes, IReadOnlyList<string> Departments);
