namespace Workflow.Casework.Application.Requests;

/// <summary>
/// <c>POST /api/applications/{id}/transfer</c>: the applicant moved her 户籍 to <paramref name="NewHukouDivisionCode"/>;
/// the new jurisdiction takes the entitlement over from <paramref name="FromMonth"/> (yyyy-MM; default next month).
/// </summary>
public sealed record TransferRequest(string? NewHukouDivisionCode, string? FromMonth, string? RequestKey = null);
