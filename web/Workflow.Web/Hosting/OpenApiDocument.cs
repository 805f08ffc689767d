namespace Workflow.Web.Hosting;

/// <summary>The OpenAPI description of <c>/api</c>, served at <c>/openapi/v1.json</c>.</summary>
public static class OpenApiDocument
{
    public const string Path = "/openapi/{documentName}.json";

    public static IServiceCollection AddWorkflowOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "民政社会救助审批工作流 API";
                document.Info.Description = "一门受理、协同办理：申请、任务、流程定义、组织机构与路由规则。错误以 RFC 9457 ProblemDetails 返回；调用者以 X-User 请求头或登录 Cookie 识别。";
                return Task.CompletedTask;
            });
        });
}
