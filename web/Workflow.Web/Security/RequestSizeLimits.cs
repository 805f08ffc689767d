using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Workflow.Web.Security;

/// <summary>
/// Every route has a request-size limit: <see cref="Default"/> unless its endpoint names another
/// (<see cref="WithRequestSizeLimit{TBuilder}"/>, or <c>[RequestSizeLimit]</c> on a page). The limit is set on the
/// server before anything reads the body, and a declared length over it is answered 413 at once.
/// </summary>
public static class RequestSizeLimits
{
    /// <summary>JSON commands and page forms.</summary>
    public const long Default = 2L * 1024 * 1024;

    /// <summary>Attachments (at most <c>MaxAttachmentBytes</c>, 10 MB) with the form around them.</summary>
    public const long Files = 12L * 1024 * 1024;

    /// <summary>Whole documents: a province's organisation, routing rules, a review campaign's households.</summary>
    public const long Documents = 16L * 1024 * 1024;

    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestSizeLimitAttribute(bytes));

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? Default;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            await Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "请求内容过大",
                detail: $"请求内容超过上限 {limit / 1024 / 1024} MB。").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    });
}
