using System.Net;
using System.Net.Http.Headers;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>Every route has a request-size limit: 2 MB by default, more where a route says so (attachments, documents).</summary>
public sealed class RequestSizeTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    [Fact]
    public async Task OversizedCommand_Is413Problem_BeforeTheBodyIsRead()
    {
        var body = "{\"definitionId\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";

        var response = await factory.CreateClient().PostRawAsync("/api/instances", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(WebApi.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachmentRoute_TakesMoreThanTheDefault_AndLeavesTheFileLimitToCasework()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications/no-such-application/attachments");
        request.Headers.Add("X-User", "wangfang");
        var file = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Content = new MultipartFormDataContent { { file, "file", "big.pdf" } };

        var response = await factory.CreateClient().SendAsync(request);

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
