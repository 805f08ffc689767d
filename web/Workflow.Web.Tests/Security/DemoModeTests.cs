using System.Net;
using Microsoft.Data.Sqlite;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Security;

/// <summary>Demo accounts exist only in demo mode, are made once on a database with no account, and are not made again.</summary>
public sealed class DemoModeTests
{
    [Fact]
    public async Task DemoAccounts_DeletedAfterTheFirstStart_AreNotMadeAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wf-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = RepositoryDefinitionsFactory.On(folder))
            {
                var signedIn = await new PageSession(PageSession.Anonymous(first)).SubmitSignInAsync("wangfang", "Demo@2026");
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "workflow.db")};Pooling=false"))
            {
                await connection.OpenAsync();
                await using var delete = connection.CreateCommand();
                delete.CommandText = "DELETE FROM wf_accounts WHERE login_name = 'wangfang'";
                Assert.Equal(1, await delete.ExecuteNonQueryAsync());
            }

            await using var second = RepositoryDefinitionsFactory.On(folder);
            var refused = await new PageSession(PageSession.Anonymous(second)).SubmitSignInAsync("wangfang", "Demo@2026");

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("signin-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
