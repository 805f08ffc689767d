using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Workflow.Web.Hosting;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a missing body, a wrong content type) into a
/// Chinese 4xx ProblemDetails. Any other exception falls through to the default handler: a 500 without details.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        var status = badRequest.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status415UnsupportedMediaType => ("不支持的内容类型", "请求体必须是 JSON (Content-Type: application/json)。"),
            StatusCodes.Status413PayloadTooLarge => ("请求体过大", "请求体超过了允许的大小。"),
            _ when badRequest.InnerException is JsonException => ("请求格式错误", "请求体不是合法的 JSON，或字段的类型不正确。"),
            _ => ("请求格式错误", "请求缺少必需的内容，或参数的格式不正确。"),
        };
        httpContext.Response.StatusCode = status;
        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
        // Even when the client accepts no JSON the status is set; there is nothing better to send it.
        return true;
    }
}
