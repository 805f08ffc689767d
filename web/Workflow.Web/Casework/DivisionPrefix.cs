namespace Workflow.Web.Casework;

/// <summary>The significant digits of a 12-digit division code: every code in its subtree starts with them.</summary>
public static class DivisionPrefix
{
    private static readonly int[] Boundaries = [2, 4, 6, 9, 12];

    public static string Of(string code)
    {
        if (code.Length != 12)
        {
            return code;
        }
        var significant = Boundaries.FirstOrDefault(b => code[b..].All(c => c == '0'), 12);
        return code[..significant];
    }
}
