namespace Workflow.Casework;

/// <summary>
/// A staff member. <paramref name="IdNumber"/> and <paramref name="RelativeIdNumbers"/> drive 回避: the user is never a
/// candidate on a case whose applicant has one of those numbers. Inactive users keep their history but get no tasks.
/// </summary>
public sealed record User(
    string Id,
    string Name,
    string? IdNumber,
    string? Phone,
    IReadOnlyList<PostAssignment> Posts,
    IReadOnlyList<string> RelativeIdNumbers,
    bool Active = true)
{
    /// <summary>True when the user is the applicant or is registered as the applicant's relative.</summary>
    public bool MustAvoid(string? applicantIdNumber)
    {
        if (string.IsNullOrWhiteSpace(applicantIdNumber))
        {
            return false;
        }
        var applicant = ChineseIdNumber.Normalize(applicantIdNumber);
        return (IdNumber is not null && ChineseIdNumber.Normalize(IdNumber) == applicant)
            || RelativeIdNumbers.Any(r => ChineseIdNumber.Normalize(r) == applicant);
    }
}
