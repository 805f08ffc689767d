using System.Net;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// A list is the access policy applied in SQL; a single read is the same policy applied to one case. For every demo
/// role, the cases a list shows are exactly the cases that role can open: none missing, none extra.
/// </summary>
public sealed class ListsAgreeWithReadsTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private static readonly string[] Roles = ["wangfang", "lina", "zhangwei", "liuqiang", "zhouli", "dudao", "lp-window", "dz-district", "admin"];

    [Fact]
    public async Task TaskAndApplicationLists_ShowExactlyTheCasesEachRoleCanOpen()
    {
        var api = new CaseworkClient(factory.CreateClient());
        var created = new[]
        {
            await api.ApplyAsync(CaseworkClient.Id("50011319690505005"), "dibao"),
            await api.ApplyAsync(CaseworkClient.Id("50011320180505005"), "orphan"),
        };
        var instances = created.Select(a => (string)a["subCases"]![0]!["instanceId"]!).ToList();
        var applications = created.Select(a => (string)a["applicationId"]!).ToList();

        foreach (var role in Roles)
        {
            var listedCases = (await api.OkAsync(HttpMethod.Get, role, "/api/tasks?status=all&limit=1000")).AsArray()
                .Select(t => (string)t!["instanceId"]!).Where(instances.Contains).ToHashSet();
            var openedCases = await OpenableAsync(api, role, instances, id => $"/api/instances/{id}");
            Assert.True(openedCases.SetEquals(listedCases), $"{role}: lists cases [{string.Join(",", listedCases)}], opens [{string.Join(",", openedCases)}]");

            var listedApplications = (await api.OkAsync(HttpMethod.Get, role, "/api/applications?limit=200")).AsArray()
                .Select(a => (string)a!["applicationId"]!).Where(applications.Contains).ToHashSet();
            var openedApplications = await OpenableAsync(api, role, applications, id => $"/api/applications/{id}");
            Assert.True(openedApplications.SetEquals(listedApplications),
                $"{role}: lists applications [{string.Join(",", listedApplications)}], opens [{string.Join(",", openedApplications)}]");
        }
    }

    private static async Task<HashSet<string>> OpenableAsync(CaseworkClient api, string role, IEnumerable<string> ids, Func<string, string> url)
    {
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if ((await api.SendAsync(HttpMethod.Get, role, url(id))).Status == HttpStatusCode.OK)
            {
                open.Add(id);
            }
        }
        return open;
    }
}
