using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Workflow.Web.Accounts;

namespace Workflow.Web.Security;

/// <summary>Turns the test suites' <c>X-User</c> headers into a principal with the same claims a sign-in cookie carries.</summary>
internal sealed class HeaderIdentityHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ActorHeaders.Read(Request) is not { } actor)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var claims = new List<Claim> { new(AccountClaims.UserId, actor.Id), new(AccountClaims.DisplayName, actor.Id) };
        claims.AddRange(actor.Posts.Select(p => new Claim(AccountClaims.Post, p)));
        claims.AddRange(actor.DivisionCodes.Select(d => new Claim(AccountClaims.Division, d)));
        claims.AddRange(actor.Departments.Select(d => new Claim(AccountClaims.Department, d)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, HeaderIdentity.Scheme, AccountClaims.DisplayName, AccountClaims.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, HeaderIdentity.Scheme)));
    }
}
