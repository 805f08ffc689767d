using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Where a request key lives. A key sent with a person's command is theirs: it is stored under
/// <c>caller:{actor id}:</c>, so another person's same key is another request, and no caller can reach the keys the
/// system gives timer firings and messages (<c>timer:…</c>, <c>…:start</c>), which carry no person.
/// </summary>
public static class RequestKeys
{
    private const string CallerPrefix = "caller:";

    /// <summary>The longest key a sender may use: with the caller's prefix it still fits the stored column (300).</summary>
    public const int MaxLength = 200;

    /// <summary>The key as stored for <paramref name="command"/>.</summary>
    public static string? Scoped(WorkflowCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.RequestKey is { } key && command is IActorCommand { Actor: { } actor } && actor.Id != Actor.System.Id
            ? $"{CallerPrefix}{actor.Id}:{key}"
            : command.RequestKey;
    }

    /// <summary>The key as its sender wrote it, for messages.</summary>
    public static string Unscoped(string key) =>
        key.StartsWith(CallerPrefix, StringComparison.Ordinal) && key.IndexOf(':', CallerPrefix.Length) is var colon and > 0 ? key[(colon + 1)..] : key;
}
