using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// With <c>TrustActorHeaders</c> off (the shipped default), <c>X-User</c> names nobody: the API wants the sign-in
/// cookie, so a header can neither impersonate a user nor make anyone an administrator.
/// </summary>
public sealed class ActorHeaderTrustTests(ActorHeaderTrustTests.UntrustedHeaders factory) : IClassFixture<ActorHeaderTrustTests.UntrustedHeaders>
{
    [Fact]
    public async Task Headers_WhenNotTrusted_AreIgnored()
    {
        var api = new CaseworkClient(factory.CreateClient());

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(HttpMethod.Get, "admin", "/api/org")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(HttpMethod.Get, "wangfang", "/api/applications")).Status);
    }

    public sealed class UntrustedHeaders : WorkflowWebFactory
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Workflow:DefinitionsPath"] = "",
            ["Workflow:DemoData"] = "false",
            ["Workflow:Casework:SeedDemoOrganisation"] = "true",
            ["Workflow:Testing:HeaderIdentity"] = "false",
        };
    }
}
