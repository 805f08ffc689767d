namespace Workflow.Casework.Application.Requests;

/// <summary>
/// 代为申请 in <c>POST /api/applications</c>: who applies for the applicant (<paramref name="Name"/>, their
/// <paramref name="Post"/>), and <paramref name="Consent"/> <c>person</c> | <c>guardian</c> (with
/// <paramref name="ConsentNote"/>) or <c>none</c> (a child in a child-protection case, with
/// <paramref name="NoConsentReason"/>).
/// </summary>
public sealed record OnBehalfBody(string? Name, string? Post, string? Consent, string? ConsentNote, string? NoConsentReason);
