using Microsoft.Extensions.Options;

namespace Workflow.Web.Hosting;

/// <summary>An unknown provider, or a server database without a connection string, stops the host at start-up.</summary>
internal sealed class PersistenceHostOptionsValidator : IValidateOptions<PersistenceHostOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceHostOptions options)
    {
        var provider = options.Provider;
        if (!IsOneOf(provider, PersistenceHostOptions.Sqlite, PersistenceHostOptions.Postgres, PersistenceHostOptions.SqlServer))
        {
            return ValidateOptionsResult.Fail($"{PersistenceHostOptions.Section}:Provider 必须是 Sqlite、Postgres 或 SqlServer（当前 '{provider}'）。");
        }
        if (!IsOneOf(provider, PersistenceHostOptions.Sqlite) && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"{PersistenceHostOptions.Section}:ConnectionString 必须填写（数据库 {provider}）。");
        }
        return ValidateOptionsResult.Success;
    }

    internal static bool IsOneOf(string? value, params string[] names) =>
        names.Any(n => string.Equals(value, n, StringComparison.OrdinalIgnoreCase));
}
