namespace Workflow.Casework;

/// <summary>
/// A problem found while reading an import: which <paramref name="File"/> (for example <c>users.csv</c>), which
/// 1-based <paramref name="Line"/> when known, which <paramref name="Field"/> (a path or a column name) and a Chinese
/// <paramref name="Message"/> for the person who prepared the file.
/// </summary>
public sealed record ImportError(string File, int? Line, string Field, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line} {Field}: {Message}" : $"{File} {Field}: {Message}";
}
