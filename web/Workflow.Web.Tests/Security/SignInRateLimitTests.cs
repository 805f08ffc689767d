using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Security;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>One address gets a limited number of sign-in requests a minute, whichever accounts it tries.</summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.FromTheInternet factory) : IClassFixture<SignInRateLimitTests.FromTheInternet>
{
    [Fact]
    public async Task SignInPage_PastTheLimitFromOneAddress_Is429()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpStatusCode>();

        for (var i = 0; i <= SignInRateLimit.PermitPerMinute; i++)
        {
            answers.Add((await client.GetAsync("/signin")).StatusCode);
        }

        Assert.All(answers.Take(SignInRateLimit.PermitPerMinute), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    /// <summary>A host whose every request comes from one outside address.</summary>
    public sealed class FromTheInternet : WorkflowWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, OutsideAddress>());
        }

        private sealed class OutsideAddress : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate following) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
                    return following(context);
                });
                next(app);
            };
        }
    }
}
