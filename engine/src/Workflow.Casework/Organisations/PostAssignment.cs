namespace Workflow.Casework;

/// <summary>
/// A user holds <paramref name="PostCode"/> at exactly <paramref name="DivisionCode"/>, optionally inside the
/// department <paramref name="DepartmentCode"/> (whose division must be the same). CSV form: <c>post@division[/dept]</c>.
/// </summary>
public sealed record PostAssignment(string PostCode, string DivisionCode, string? DepartmentCode = null)
{
    public override string ToString() =>
        DepartmentCode is null ? $"{PostCode}@{DivisionCode}" : $"{PostCode}@{DivisionCode}/{DepartmentCode}";
}
