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
    public async Task SignInAttempts_PastTheLimitFromOneAddress_Are429_WhileThePageStillShows()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpStatusCode>();

        for (var i = 0; i <= SignInRateLimit.PermitPerMinute; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["LoginName"] = "user" + i, ["Password"] = "x" });
            answers.Add((await client.PostAsync("/signin", form)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(SignInRateLimit.PermitPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
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
