namespace Workflow.Casework.Application.Inbound;

/// <summary>The child a 12345 ticket is about: the ID number when the caller knew it, the village or community's 12-digit code.</summary>
public sealed record ReportedChild(string Name, string? IdNumber, string DivisionCode, string? Address);
