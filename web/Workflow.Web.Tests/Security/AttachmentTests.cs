using System.Net;
using System.Net.Http.Headers;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Attachments open in the browser for those who see the application, every opening is audited, and a failed upload
/// leaves no file behind.
/// </summary>
public sealed class AttachmentTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Attachment_OpensInline_ForThoseWhoSeeTheApplication_AndEachOpeningIsAudited()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319700303003"), "dibao");
        var id = (string)application["applicationId"]!;
        var pdf = "%PDF-1.4 低保申请书"u8.ToArray();
        var (created, stored, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/attachments", File(pdf, "申请书.pdf"));
        Assert.Equal(HttpStatusCode.Created, created);
        var url = $"/api/applications/{id}/attachments/{(string)stored!["id"]!}";

        using var open = new HttpRequestMessage(HttpMethod.Get, url);
        open.Headers.Add("X-User", "wangfang");
        var opened = await factory.CreateClient().SendAsync(open);
        var status = opened.StatusCode;
        var (stranger, _, _) = await _api.SendAsync(HttpMethod.Get, "zhouli", url);
        var (missing, _, _) = await _api.SendAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}/attachments/no-such-file");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/pdf", opened.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("inline", opened.Content.Headers.ContentDisposition?.ToString() ?? opened.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stranger);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        var audit = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}/audit");
        Assert.Single(audit.AsArray(), a => (string?)a!["action"] == "attachment.read");
    }

    [Fact]
    public async Task RefusedUploads_LeaveNoFileInTheFolder()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319700404004"), "dibao");
        var id = (string)application["applicationId"]!;
        var before = Directory.Exists(factory.FilesFolder) ? Directory.GetFiles(factory.FilesFolder).Length : 0;

        var (exe, _, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/attachments", File("MZ\u0090"u8.ToArray(), "a.exe"));
        var (big, _, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/attachments",
            File([.. "%PDF"u8.ToArray(), .. new byte[5000]], "big.pdf"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (exe, big));
        Assert.Equal(before, Directory.Exists(factory.FilesFolder) ? Directory.GetFiles(factory.FilesFolder).Length : 0);
    }

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
