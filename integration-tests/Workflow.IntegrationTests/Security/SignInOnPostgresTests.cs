using System.Net;
using Dapper;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Security;

/// <summary>
/// A deployment's first start and its sign-in, against the real host on PostgreSQL: the first administrator is made
/// with the one-time token the host logs, and a parallel burst of wrong passwords locks the account exactly as a
/// sequential one would, with every attempt counted.
/// </summary>
public sealed class SignInOnPostgresTests(SignInOnPostgresTests.OneHost fixture) : IClassFixture<SignInOnPostgresTests.OneHost>
{
    private const string Password = "Admin#Setup-2026";

    [Fact]
    public async Task FirstAdministrator_ThenAParallelBurstOfWrongPasswords_LocksTheAccount()
    {
        var host = fixture.Hosts[0];
        // Made with the logged token, then signed in: both answered with a redirect.
        using var visitor = PageForms.Session(host);
        await PageForms.SignInFirstAdministratorAsync(visitor, host, "chief", Password);
        using var attacker = PageForms.Session(host);
        var page = await attacker.GetStringAsync("signin");
        var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => SignInAsync(attacker, "wrong-password", page)));
        using var owner = PageForms.Session(host);
        var afterBurst = await SignInAsync(owner, Password);

        Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, afterBurst.StatusCode); // the form again: locked, with the one uniform answer
        await using var connection = fixture.Database.Open();
        var (failed, lockedUntil) = await connection.QuerySingleAsync<(int, DateTime?)>(
            "SELECT failed_attempts, locked_until FROM wf_accounts WHERE login_name = 'chief'");
        Assert.Equal(12 + 1, failed);
        Assert.NotNull(lockedUntil);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient session, string password, string? page = null) =>
        await PageForms.SubmitAsync(session, "signin", new() { ["LoginName"] = "chief", ["Password"] = password }, page);

    public sealed class OneHost : ServersFixture
    {
        protected override int HostCount => 1;
    }
}
