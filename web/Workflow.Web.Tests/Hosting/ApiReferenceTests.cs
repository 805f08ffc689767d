using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Hosting;
using Workflow.Web.Security;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Hosting;

/// <summary>
/// The browsable API at <c>/api-docs</c>: for signed-in people, its script from the package, its inline start-up script
/// allowed by this response's nonce alone, and the rest of the site's CSP unchanged.
/// </summary>
public sealed partial class ApiReferenceTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    [Fact]
    public async Task ApiReference_SignedIn_ServesThePageWithItsOwnNonceAndThePackagedScript()
    {
        var client = (await PageSession.SignInAsync(factory, TestActor.TownshipReviewer)).Client;

        var bare = await client.GetAsync(ApiReference.Path);
        var page = await client.GetAsync(ApiReference.Path + "/");
        var html = await page.Content.ReadAsStringAsync();
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        var script = await client.GetAsync(ApiReference.Path + "/scalar.js");
        var document = await client.GetAsync("/openapi/v1.json");
        var home = await client.GetAsync("/");

        Assert.Equal("api-docs/", bare.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var nonce = NonceAttribute().Match(html).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("scalar.js", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("/api/dashboard", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'", home.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task ApiReference_Anonymous_IsSentToSignIn_AndOnlyThePackagedScriptIsOpen()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(ApiReference.Path);
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith(ApiReference.Path.TrimStart('/'), StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location?.AbsolutePath);
        var pages = routes.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, e => Assert.Contains(AccessPolicies.SignedIn, e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)));
        Assert.All(routes.Except(pages), e => Assert.Contains(e.RoutePattern.RawText!.TrimStart('/'), ApiReference.AnonymousAssets));
    }

    [GeneratedRegex("<script[^>]*nonce=\"([^\"]+)\"")]
    private static partial Regex NonceAttribute();
}
