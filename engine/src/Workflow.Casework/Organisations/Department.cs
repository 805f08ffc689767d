namespace Workflow.Casework;

/// <summary>
/// A government department office at a division, for example <c>district-education</c> (区教育局, kind 教育) at
/// 500113000000. <paramref name="Code"/> is unique in the organisation and is what definitions and referrals name
/// (<c>Gov.Referral</c> department code, message queue <c>dept.{code}</c>). <paramref name="Kind"/> is the
/// department family (see <see cref="DepartmentKinds"/>) that owns service items.
/// </summary>
public sealed record Department(string Code, string Name, string Kind, string DivisionCode);
