using System.Data;
using Dapper;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>Typed Dapper parameters for the stores: times in the dialect's form, text as strings.</summary>
internal static class DynamicParametersExtensions
{
    public static void AddTime(this DynamicParameters parameters, SqlDialect dialect, string name, DateTimeOffset? value) =>
        parameters.Add(name, value is { } v ? dialect.ToDbTime(v) : null, dialect.TimeDbType);

    public static void AddText(this DynamicParameters parameters, string name, string? value) => parameters.Add(name, value, DbType.String);
}
