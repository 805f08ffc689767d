using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// The parameters of a commit's statements, in the order they were added. Dapper takes them as they are
/// (<see cref="SqlMapper.IDynamicParameters"/>); the SQLite writer binds them straight onto its prepared commands. A name
/// added twice keeps the last value, so the statements of one batch can share a set (<c>instance_id</c>, <c>now</c>).
/// </summary>
internal sealed class StatementParameters(SqlDialect dialect, bool shared = false) : SqlMapper.IDynamicParameters
{
    private readonly List<(string Name, object? Value, DbType Type)> _items = [];
    private readonly Dictionary<string, int>? _index = shared ? new(StringComparer.Ordinal) : null;

    public int Count => _items.Count;

    public (string Name, object? Value, DbType Type) this[int i] => _items[i];

    public void Text(string name, string? value) => Add(name, value, DbType.String);

    public void Time(string name, DateTimeOffset? value) => Add(name, value is { } v ? dialect.ToDbTime(v) : null, dialect.TimeDbType);

    public void Int64(string name, long value) => Add(name, value, DbType.Int64);

    public void Int32(string name, int value) => Add(name, value, DbType.Int32);

    private void Add(string name, object? value, DbType type)
    {
        // A set of one statement names each parameter once: only a shared set needs the lookup.
        if (_index is not null && _index.TryGetValue(name, out var at))
        {
            _items[at] = (name, value, type);
            return;
        }
        _index?.Add(name, _items.Count);
        _items.Add((name, value, type));
    }

    void SqlMapper.IDynamicParameters.AddParameters(IDbCommand command, SqlMapper.Identity identity)
    {
        foreach (var (name, value, type) in _items)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }
    }
}
