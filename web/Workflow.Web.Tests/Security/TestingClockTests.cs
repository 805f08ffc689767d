using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>The testing clock exists only with its switch on, and even then only an administrator may move it.</summary>
public sealed class TestingClockTests(CaseworkWebFactory withClock) : IClassFixture<CaseworkWebFactory>
{
    [Fact]
    public async Task Clock_WithTheSwitch_NeedsAnAdministrator()
    {
        var api = withClock.CreateClient();

        var anonymous = await api.PostRawAsync("/api/testing/clock", """{"days":1}""", actor: null, anonymous: true);
        var officer = await api.PostRawAsync("/api/testing/clock", """{"days":1}""", actor: TestActor.TownshipReviewer);
        var administrator = await api.PostRawAsync("/api/testing/clock", """{"days":1}""");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
    }

    [Fact]
    public async Task Clock_WithoutTheSwitch_IsNotMapped()
    {
        using var host = new WorkflowWebFactory();

        var response = await host.CreateClient().PostRawAsync("/api/testing/clock", """{"days":1}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
