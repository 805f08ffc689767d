using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Workflow.Web.Security;

/// <summary>
/// Authenticates an outside system by <c>Authorization: Bearer &lt;key&gt;</c> against the configured key hashes
/// (<see cref="IntegrationClientOptions"/>), compared in fixed time. The principal names the client and the kinds it may
/// send; it holds no post, so it can do nothing else. No key is 401, a key of a client not allowed the kind is 403.
/// </summary>
internal sealed class IntegrationKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptionsMonitor<IntegrationClientOptions> clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "integration-key";

    public const string ClientClaim = "integration-client";

    public const string KindClaim = "inbound-kind";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        foreach (var (name, client) in clients.CurrentValue.Clients)
        {
            if (Convert.FromHexString(client.KeySha256) is { Length: 32 } expected && CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                var claims = new List<Claim> { new(ClientClaim, name), new(ClaimTypes.Name, name) };
                claims.AddRange(client.Kinds.Select(k => new Claim(KindClaim, k)));
                var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
            }
        }
        return Task.FromResult(AuthenticateResult.Fail("无效的接口密钥"));
    }
}
