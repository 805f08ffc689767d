using System.Collections.Concurrent;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// The parameter names of one row of a multi-row statement (<see cref="SqlDialect.RowParameter"/>), made once per
/// prefix, columns and row and then shared: a commit binds about a hundred, and building each name again was a string
/// per parameter per commit. The same string instances also make the prepared-command check a reference compare.
/// </summary>
internal static class RowNames
{
    private static readonly ConcurrentDictionary<(string Prefix, int Row), string[]> Cache = new();

    /// <summary>The names of <paramref name="columns"/> in row <paramref name="row"/>, in column order.</summary>
    /// <remarks>One column list per prefix: each statement kind has its own prefix.</remarks>
    public static string[] For(string prefix, IReadOnlyList<string> columns, int row) =>
        Cache.GetOrAdd((prefix, row), static (key, columns) => columns.Select(c => SqlDialect.RowParameter(key.Prefix + c, key.Row)).ToArray(), columns);

    /// <summary>The names of an <c>IN</c> list's first <paramref name="count"/> items.</summary>
    public static string[] List(string name, int count) =>
        Cache.GetOrAdd(("in:" + name, count), static (key, name) => Enumerable.Range(0, key.Row).Select(i => SqlDialect.ListParameter(name, i)).ToArray(), name);
}
