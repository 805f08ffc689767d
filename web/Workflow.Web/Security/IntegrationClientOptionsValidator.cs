using Microsoft.Extensions.Options;
using Workflow.Casework;

namespace Workflow.Web.Security;

/// <summary>Refuses to start with a client whose key hash is not 64 hex digits, or that names an unknown kind or none.</summary>
public sealed class IntegrationClientOptionsValidator : IValidateOptions<IntegrationClientOptions>
{
    public ValidateOptionsResult Validate(string? name, IntegrationClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        foreach (var (client, settings) in options.Clients)
        {
            if (settings.KeySha256 is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigit))
            {
                problems.Add($"{IntegrationClientOptions.Section}:Clients:{client}:KeySha256 必须是密钥的 SHA-256（64 位十六进制）。");
            }
            if (settings.Kinds.Count == 0 || settings.Kinds.Any(k => !InboundKinds.All.Contains(k)))
            {
                problems.Add($"{IntegrationClientOptions.Section}:Clients:{client}:Kinds 必须是 {string.Join("、", InboundKinds.All)} 中的一种或几种。");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
