namespace Workflow.Casework.Application.Requests;

/// <summary><c>POST /api/applications/{id}/reveal</c>: which field (e.g. <c>applicant.idNumber</c>, <c>household[0].idNumber</c>) and why.</summary>
public sealed record RevealRequest(string? Field, string? Reason);
