namespace Workflow.Casework.Application.Requests;

/// <summary>
/// <c>POST /api/applications/{id}/items/{item}/payments</c>. <paramref name="Kind"/>: <c>advance</c> (小额先行救助,
/// before the investigation, within the post's limit), <c>stage</c> (分阶段救助 under the approval, within the yearly
/// cap) or <c>exception</c> (一事一议 above the cap, by the district only).
/// </summary>
public sealed record PaymentRequest(decimal? AmountYuan, string? Kind, string? Note, string? RequestKey = null);
