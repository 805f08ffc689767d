namespace Workflow.Engine.Persistence;

/// <summary>
/// Text a person typed into a search box, as a <c>LIKE</c> pattern that finds it anywhere in a value. Their own
/// <c>%</c> and <c>_</c> are escaped with <c>\</c>, so the statement says <c>LIKE … ESCAPE '\'</c> (<see cref="Escape"/>),
/// which all three dialects accept. <c>[</c> is escaped too: SQL Server reads it as a character class, and on SQLite and
/// PostgreSQL an escaped ordinary character is that character, so the three give the same answer.
/// </summary>
internal static class LikePattern
{
    public const string Escape = @"ESCAPE '\'";

    public static string Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Trim()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal)
            .Replace("[", @"\[", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
