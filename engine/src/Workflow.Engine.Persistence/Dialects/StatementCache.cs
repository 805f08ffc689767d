using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The statement classes of each dialect, made once: a store's statements are rendered when its class is first asked
/// for, then every call reuses the same strings (the SQLite writer also keys its prepared commands on them).
/// </summary>
internal static class StatementCache
{
    private static readonly ConditionalWeakTable<SqlDialect, ConcurrentDictionary<Type, object>> Cache = new();

    public static T For<T>(SqlDialect dialect, Func<SqlDialect, T> create) where T : class
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var perType = Cache.GetValue(dialect, static _ => new ConcurrentDictionary<Type, object>());
        return (T)perType.GetOrAdd(typeof(T), static (_, state) => state.create(state.dialect), (dialect, create));
    }
}
