using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// A district department officer (区残联) works on what is referred to their department: a 低保 application of their
/// own district that was never referred to them is answered as if it did not exist, in single reads, lists and reveals.
/// </summary>
public sealed class LeastPrivilegeTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task DepartmentOfficer_DoesNotSeeOrRevealACaseNotReferredToThem()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319680303002"), "dibao");
        var id = (string)application["applicationId"]!;
        var instanceId = (string)application["subCases"]![0]!["instanceId"]!;

        var read = await _api.SendAsync(HttpMethod.Get, "zhouli", $"/api/applications/{id}");
        var list = await _api.OkAsync(HttpMethod.Get, "zhouli", "/api/applications");
        var instance = await _api.SendAsync(HttpMethod.Get, "zhouli", $"/api/instances/{instanceId}");
        var tasks = await _api.OkAsync(HttpMethod.Get, "zhouli", "/api/tasks?status=all");
        var reveal = await _api.SendAsync(HttpMethod.Post, "zhouli", $"/api/applications/{id}/reveal",
            JsonContent.Create(new { field = "applicant.bankAccount", reason = "核对" }));

        Assert.Equal(HttpStatusCode.NotFound, read.Status);
        Assert.DoesNotContain(list.AsArray(), a => (string?)a!["applicationId"] == id);
        Assert.Equal(HttpStatusCode.NotFound, instance.Status);
        Assert.DoesNotContain(tasks.AsArray(), t => (string?)t!["instanceId"] == instanceId);
        Assert.Equal(HttpStatusCode.NotFound, reveal.Status);
        // The district's own civil-affairs office still sees it.
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Get, "liuqiang", $"/api/applications/{id}")).Status);
    }

    [Fact]
    public async Task Supervisor_SeesTheCase_ButMayNotRevealPersonalData()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319680404002"), "dibao");
        var id = (string)application["applicationId"]!;

        var read = await _api.SendAsync(HttpMethod.Get, "dudao", $"/api/applications/{id}");
        var reveal = await _api.SendAsync(HttpMethod.Post, "dudao", $"/api/applications/{id}/reveal",
            JsonContent.Create(new { field = "applicant.idNumber", reason = "督办核查" }));

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.DoesNotContain("50011319680404002", read.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reveal.Status);
    }
}
