using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Workflow.Web.Security;

/// <summary>
/// A browser sends the sign-in cookie with any request, a forged one too. So an unsafe <c>/api</c> request
/// (POST, PUT, PATCH, DELETE) authenticated by the cookie must carry the anti-forgery token of one of our pages
/// (header <c>RequestVerificationToken</c> or form field <c>__RequestVerificationToken</c>); the pages' own forms already
/// do. The test suites' header identity carries no cookie and needs none.
/// </summary>
public static class ApiAntiforgery
{
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme })
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "缺少防伪令牌",
                    detail: "以登录 Cookie 调用的修改类请求须带页面签发的防伪令牌（请求头 RequestVerificationToken）。").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
        }
        await next(context).ConfigureAwait(false);
    });
}
