namespace Workflow.Casework.Application.Requests;

/// <summary>One household under review: where it lives and the data check's income ratio against the 低保 standard.</summary>
public sealed record ReviewHousehold(string? HouseholdId, string? DivisionCode, double? IncomeRatio);
