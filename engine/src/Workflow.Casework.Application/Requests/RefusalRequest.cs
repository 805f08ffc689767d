namespace Workflow.Casework.Application.Requests;

/// <summary><c>POST /api/applications/refusals</c>: 不予受理 at the window, with the reason the law requires.</summary>
public sealed record RefusalRequest(string? WindowDivisionCode, string? ApplicantName, string? ApplicantIdNumber, IReadOnlyList<string>? Items, string? Reason);
