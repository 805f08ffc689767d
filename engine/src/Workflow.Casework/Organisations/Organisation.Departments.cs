namespace Workflow.Casework;

/// <summary>Department queries used by intake and referrals.</summary>
public sealed partial class Organisation
{
    /// <summary>
    /// The nearest department of <paramref name="kind"/> at or above <paramref name="divisionCode"/> (a village's
    /// 教育 referral goes to the 区教育局), optionally only at <paramref name="level"/>. Ties go to the lowest code.
    /// </summary>
    public Department? DepartmentOf(string kind, string? divisionCode, string? level = null)
    {
        if (NearestKnown(divisionCode) is not { } start)
        {
            return null;
        }
        foreach (var division in new[] { start }.Concat(Ancestors(start.Code)))
        {
            if (level is not null && division.Level != level)
            {
                continue;
            }
            var found = Departments
                .Where(d => d.Kind == kind && d.DivisionCode == division.Code)
                .OrderBy(d => d.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}
