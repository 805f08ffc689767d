namespace Workflow.Engine.Expressions;

/// <summary>
/// Sandbox limits for JavaScript expressions. The timeout is wall-clock inside Jint: it is a safety fuse against
/// runaway scripts, not engine time, which comes only from <see cref="TimeProvider"/>.
/// </summary>
public sealed record ScriptLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    public long MemoryBytes { get; init; } = 32L * 1024 * 1024;

    public int RecursionDepth { get; init; } = 64;

    public int MaxStatements { get; init; } = 1_000_000;

    /// <summary>
    /// How many distinct scripts stay parsed. Definitions hold a few hundred at most; past the bound a script is parsed
    /// for each evaluation instead, so a flood of distinct scripts (a designer's simulate, an imported file) cannot
    /// grow the host's memory.
    /// </summary>
    public int MaxCachedScripts { get; init; } = 2048;
}
