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
        return code.StartsWith(Prefix(scope), StringComparison.Ordinal);
    }

    /// <summary>The significant digits of a 12-digit code: every code in its subtree starts with them (a SQL <c>LIKE</c> prefix).</summary>
    public static string Prefix(string code) =>
        code.Length != 12 ? code : code[..Boundaries.FirstOrDefault(b => code[b..].All(c => c == '0'), 12)];
}
