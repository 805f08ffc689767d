namespace Workflow.Casework.Application.Views;

/// <summary>Something that failed inside an instance.</summary>
public sealed record IncidentView(string? NodeId, string Code, string Message, DateTimeOffset At);
