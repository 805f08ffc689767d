using Microsoft.Extensions.Options;
using Workflow.Engine.Persistence.Audit;

namespace Workflow.Web.Hosting;

/// <summary>
/// An unknown provider, a server database without a connection string, or an audit key that is malformed or (on a
/// server database) missing stops the host at start-up.
/// </summary>
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
        byte[]? key;
        try
        {
            key = ConfiguredAuditKey(options);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
        // A server database is shared by several hosts: each making its own key would write chains no key verifies.
        if (key is null && !IsOneOf(provider, PersistenceHostOptions.Sqlite))
        {
            return ValidateOptionsResult.Fail(
                $"{PersistenceHostOptions.Section}:AuditKey 或 AuditKeyFile 必须给出审计链密钥（数据库 {provider}；所有主机使用同一密钥，见 docs/deployment.md）。");
        }
        return ValidateOptionsResult.Success;
    }

    /// <summary>The key given in configuration or in an existing key file; null when neither is there.</summary>
    internal static byte[]? ConfiguredAuditKey(PersistenceHostOptions options) =>
        !string.IsNullOrWhiteSpace(options.AuditKey)
            ? AuditKeys.Parse(options.AuditKey, $"{PersistenceHostOptions.Section}:AuditKey")
            : AuditKeys.ReadFile(options.EffectiveAuditKeyFile);

    internal static bool IsOneOf(string? value, params string[] names) =>
        names.Any(n => string.Equals(value, n, StringComparison.OrdinalIgnoreCase));
}
