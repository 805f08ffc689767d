using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>Child-protection cases stay out of the supervisor's lists and counts and the overdue inbox, not only single reads.</summary>
public sealed class ChildProtectionListsTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    [Fact]
    public async Task OverdueOrphanCase_IsInTheDistrictsLists_ButNotTheSupervisors()
    {
        var api = new CaseworkClient(factory.CreateClient());
        var orphan = (string)(await api.ApplyAsync(CaseworkClient.Id("50011320170303003"), "orphan"))["subCases"]![0]!["instanceId"]!;
        var dibao = (string)(await api.ApplyAsync(CaseworkClient.Id("50011319670303003"), "dibao"))["subCases"]![0]!["instanceId"]!;
        await api.OkAsync(HttpMethod.Post, "admin", "/api/testing/clock", new { days = 90 });

        var supervisor = (await api.OkAsync(HttpMethod.Get, "dudao", "/api/supervision?withinDays=3")).ToJsonString();
        var district = (await api.OkAsync(HttpMethod.Get, "liuqiang", "/api/supervision?withinDays=3")).ToJsonString();
        var overdue = (await api.OkAsync(HttpMethod.Get, "dudao", "/api/inbox?box=overdue")).ToJsonString();

        Assert.Contains(dibao, supervisor, StringComparison.Ordinal);
        Assert.DoesNotContain(orphan, supervisor, StringComparison.Ordinal);
        Assert.DoesNotContain("\"orphan\"", supervisor, StringComparison.Ordinal);
        Assert.Contains(orphan, district, StringComparison.Ordinal);
        Assert.DoesNotContain(orphan, overdue, StringComparison.Ordinal);
    }
}
