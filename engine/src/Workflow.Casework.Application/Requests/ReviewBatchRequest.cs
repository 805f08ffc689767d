namespace Workflow.Casework.Application.Requests;

/// <summary>
/// <c>POST /api/reviews</c>: a periodic review campaign (定期复核) creates one review case per household in one
/// request. Re-sending the same campaign creates nothing twice (each case's id and request key derive from it).
/// </summary>
public sealed record ReviewBatchRequest(string? Campaign, IReadOnlyList<ReviewHousehold>? Households);
