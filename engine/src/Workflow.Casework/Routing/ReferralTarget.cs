namespace Workflow.Casework;

/// <summary>
/// A department that receives a referral (转请/转介) for the item, at a level of the case's division, with its own
/// reply deadline in working days. <paramref name="DepartmentCode"/> is the <see cref="Department.Code"/>.
/// </summary>
public sealed record ReferralTarget(string DepartmentCode, string DepartmentName, string Level, int TimeLimitDays);
