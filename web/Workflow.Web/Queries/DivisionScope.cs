namespace Workflow.Web.Queries;

/// <summary>
/// Subtree tests on 12-digit division codes: province (2) city (2) county (2) township (3) village (3). A code whose
/// trailing groups are zero stands for the whole area above them.
/// </summary>
public static class DivisionScope
{
    private static readonly int[] Boundaries = [2, 4, 6, 9, 12];

    public static bool Contains(string scope, string? code)
    {
        if (code is null)
        {
            return false;
        }
        if (scope == code)
        {
            return true;
        }
        if (scope.Length != 12 || code.Length != 12)
        {
            return false;
        }
        var significant = Boundaries.FirstOrDefault(b => scope[b..].All(c => c == '0'), 12);
        return code.StartsWith(scope[..significant], StringComparison.Ordinal);
    }
}
