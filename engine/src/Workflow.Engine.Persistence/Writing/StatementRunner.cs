using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// Runs a commit's statements. SQLite parses a statement again for every new command object, and Dapper makes one per
/// call: in a profile of the durable approval, parsing and binding by unprefixed name cost more than writing the rows.
/// So on a SQLite connection each statement text keeps one prepared command, which later runs only bind new values;
/// the group-commit writer holds its connection open, so the cache lives as long as it does. Other databases go
/// through Dapper (Npgsql and SqlClient prepare on the server side, or need no preparing).
/// </summary>
internal static class StatementRunner
{
    /// <summary>Prepared commands kept per connection; past it the cache starts over (a sized statement per row count).</summary>
    private const int MaxPrepared = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, Prepared>> Caches = new();

    public static Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, Statement statement, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? Task.FromResult(ExecutePrepared(sqlite, (SqliteTransaction)transaction, statement))
            : connection.ExecuteAsync(new CommandDefinition(statement.Sql, statement.Parameters, transaction, cancellationToken: cancellationToken));

    private static int ExecutePrepared(SqliteConnection connection, SqliteTransaction transaction, Statement statement)
    {
        var cache = Caches.GetValue(connection, static _ => new Dictionary<string, Prepared>(StringComparer.Ordinal));
        var values = statement.Parameters;
        if (!cache.TryGetValue(statement.Sql, out var prepared) || !prepared.Fits(values))
        {
            if (cache.Count >= MaxPrepared)
            {
                foreach (var old in cache.Values)
                {
                    old.Command.Dispose();
                }
                cache.Clear();
            }
            prepared?.Command.Dispose();
            cache[statement.Sql] = prepared = Prepared.Create(connection, statement);
        }
        var command = prepared.Command;
        command.Transaction = transaction;
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        }
        try
        {
            return command.ExecuteNonQuery();
        }
        catch
        {
            // A statement that failed (a constraint, a busy database) is prepared afresh next time rather than trusted.
            cache.Remove(statement.Sql);
            command.Dispose();
            throw;
        }
    }

    /// <summary>A command prepared on first run, with its parameters in the order the statement's builder adds them.</summary>
    private sealed class Prepared(SqliteCommand command, string[] names)
    {
        public SqliteCommand Command { get; } = command;

        /// <summary>The same statement text is always built with the same names in the same order; checked all the same.</summary>
        public bool Fits(StatementParameters values)
        {
            if (values.Count != names.Length)
            {
                return false;
            }
            for (var i = 0; i < names.Length; i++)
            {
                if (!string.Equals(values[i].Name, names[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }

        public static Prepared Create(SqliteConnection connection, Statement statement)
        {
            var command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            var names = new string[statement.Parameters.Count];
            for (var i = 0; i < names.Length; i++)
            {
                var (name, _, type) = statement.Parameters[i];
                names[i] = name;
                // Named as in the SQL text ("@id"): an unprefixed name is looked up under every prefix SQLite allows.
                command.Parameters.Add(new SqliteParameter("@" + name, type is DbType.Int64 or DbType.Int32 ? SqliteType.Integer : SqliteType.Text));
            }
            return new Prepared(command, names);
        }
    }
}
