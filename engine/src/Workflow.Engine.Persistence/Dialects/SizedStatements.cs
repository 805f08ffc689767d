using System.Collections.Concurrent;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>One statement whose text depends on a row or list count, rendered once per count.</summary>
internal sealed class SizedStatements(Func<int, string> render)
{
    private readonly ConcurrentDictionary<int, string> _bySize = new();

    public string this[int size] => _bySize.GetOrAdd(size, render);
}
