namespace Workflow.Web.Hosting.Demo;

/// <summary>A placeholder identity until sign-in lands: the request headers that act as this person.</summary>
public sealed record DemoAccount(
    string Role,
    string DisplayName,
    string UserId,
    IReadOnlyList<string> Posts,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Departments)
{
    /// <summary>The headers as a curl user would paste them, each value URL-encoded UTF-8.</summary>
    public string Headers()
    {
        var parts = new List<string> { $"X-User: {Uri.EscapeDataString(UserId)}" };
        Add(parts, "X-Posts", Posts);
        Add(parts, "X-Divisions", Divisions);
        Add(parts, "X-Departments", Departments);
        return string.Join("  ", parts);
    }

    private static void Add(List<string> parts, string header, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            parts.Add($"{header}: {string.Join(",", values.Select(Uri.EscapeDataString))}");
        }
    }
}
