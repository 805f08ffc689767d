namespace Workflow.Casework.Application.Requests;

/// <summary><c>POST /api/checks/{checkId}/result</c>: what the source found, in a summary (structured data stays at the source).</summary>
public sealed record CheckResultRequest(string? Summary);
