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

    [Fact]
    public async Task Supervisor_SeesTheFactsOfACase_NotItsPersonalData()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319680505002"), "dibao");
        var id = (string)application["applicationId"]!;
        var instanceId = (string)application["subCases"]![0]!["instanceId"]!;

        var asSupervisor = new[]
        {
            await _api.OkAsync(HttpMethod.Get, "dudao", $"/api/applications/{id}"),
            await _api.OkAsync(HttpMethod.Get, "dudao", $"/api/instances/{instanceId}"),
            await _api.OkAsync(HttpMethod.Get, "dudao", $"/api/instances/{instanceId}/events"),
        };
        var asDistrict = await _api.OkAsync(HttpMethod.Get, "liuqiang", $"/api/instances/{instanceId}");
        var pages = new[] { $"/cases/{instanceId}", $"/window/applications/{id}", "/" };
        var taskId = (string)asDistrict["tasks"]!.AsArray().First()!["taskId"]!;
        pages = [.. pages, $"/tasks/{instanceId}/{taskId}"];
        var listed = (await _api.OkAsync(HttpMethod.Get, "dudao", "/api/tasks?status=all")).ToJsonString();
        Assert.DoesNotContain("张秀英", listed, StringComparison.Ordinal);
        // What only carries personal data is refused outright: the receipt, the notice, the files and the audit trail.
        foreach (var url in new[] { "receipt", "notice", "attachments", "audit" }.Select(r => $"/api/applications/{id}/{r}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Get, "dudao", url)).Status);
        }

        foreach (var view in asSupervisor)
        {
            var text = view.ToJsonString();
            Assert.DoesNotContain("张秀英", text, StringComparison.Ordinal);
            // Neither the numbers (ID 19680505…, phone …12345678, card …2233445) nor any masked form of them
            // (510722********1234, 138****5678, **** **** 3445): a random id may hold four digits, never a '*'.
            Assert.DoesNotContain("19680505", text, StringComparison.Ordinal);
            Assert.DoesNotContain("12345678", text, StringComparison.Ordinal);
            Assert.DoesNotContain("2233445", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\*{4}\s?\d{3}[\dX]", text);
        }
        // The facts remain: the steps, their offices and deadlines.
        Assert.True((bool)asSupervisor[1]["onlyFacts"]!);
        Assert.NotEmpty(asSupervisor[1]["tasks"]!.AsArray());
        Assert.Contains(asSupervisor[2].AsArray(), e => (string?)e!["event"]!["$event"] == "TaskOpened");
        Assert.Equal("张秀英", (string?)asDistrict["applicantName"]);
        foreach (var page in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Add("X-User", "dudao");
            using var response = await factory.CreateClient().SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            Assert.DoesNotContain("张秀英", html, StringComparison.Ordinal);
        }
    }
}
