using System.Net;
using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;
using Workflow.Web.Hosting;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// The audit chains are keyed with a key outside the database: the embedded host makes it in its data folder,
/// readable by its owner only; a server database needs one configured, because its hosts must share it.
/// </summary>
public sealed class AuditKeyTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private static readonly TestActor Administrator = new("admin", ["系统管理员"], [TestDivisions.District], []);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task EmbeddedHost_KeysItsChainsWithAKeyFileOnlyItsOwnerCanRead()
    {
        var client = factory.CreateClient();
        await client.StartCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/audit");
        Administrator.ApplyTo(request.Headers);
        var report = await (await client.SendAsync(request)).ReadJsonAsync();
        Assert.True((bool)report["isIntact"]!);

        var keyFile = Path.Combine(Path.GetDirectoryName(factory.DatabaseFile)!, "audit.key");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        // Walked with another key (or none), the same events do not verify: the host chained them with its key.
        Assert.True(await IntactUnderAsync(AuditKeys.ReadFile(keyFile)));
        Assert.False(await IntactUnderAsync(null));
        Assert.False(await IntactUnderAsync(new byte[32]));
    }

    [Theory]
    [InlineData("Postgres", null, "AuditKey")]
    [InlineData("Sqlite", "not base64!", "base64")]
    [InlineData("Sqlite", "c2hvcnQ=", "太短")]
    public void Validator_RefusesAServerDatabaseWithoutAKey_AndAMalformedKey(string provider, string? key, string message)
    {
        var options = new PersistenceHostOptions
        {
            Provider = provider,
            ConnectionString = "Host=127.0.0.1;Database=workflow",
            DataFolder = Path.Combine(Path.GetTempPath(), "wf-no-key", Guid.NewGuid().ToString("N")),
            AuditKey = key,
        };

        var result = new PersistenceHostOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage);
    }

    private async Task<bool> IntactUnderAsync(byte[]? key)
    {
        await using var database = new WorkflowDatabase(new PersistenceOptions { AuditKey = key }.UseSqlite($"Data Source={factory.DatabaseFile};Mode=ReadOnly"));
        var intact = (await new AuditVerifier(database).VerifyAsync()).IsIntact;
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={factory.DatabaseFile};Mode=ReadOnly"));
        return intact;
    }
}
