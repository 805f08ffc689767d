namespace Workflow.Web.Operations;

/// <summary>
/// Marks that the command running in this async flow reached the store, so the call site does not count it a second
/// time. The call site creates the scope and the store decorator sets the flag: a value set inside a callee never
/// flows back, but a change to an object both share does.
/// </summary>
internal sealed class CommandScope : IDisposable
{
    private static readonly AsyncLocal<CommandScope?> CurrentScope = new();
    private readonly CommandScope? _outer;

    private CommandScope()
    {
        _outer = CurrentScope.Value;
        CurrentScope.Value = this;
    }

    public bool ReachedStore { get; private set; }

    public static CommandScope Begin() => new();

    public static void MarkReachedStore()
    {
        if (CurrentScope.Value is { } scope)
        {
            scope.ReachedStore = true;
        }
    }

    public void Dispose() => CurrentScope.Value = _outer;
}
