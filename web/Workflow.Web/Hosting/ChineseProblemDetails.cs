namespace Workflow.Web.Hosting;

/// <summary>
/// Gives every ProblemDetails the host writes (status-code pages, the exception handler, framework 4xx) a Chinese
/// title and detail. Ours already have Chinese text and pass through; an English framework text is replaced, which
/// also keeps framework internals out of responses.
/// </summary>
public static class ChineseProblemDetails
{
    private static readonly Dictionary<int, (string Title, string Detail)> ByStatus = new()
    {
        [400] = ("请求无效", "请求的格式或参数不正确。"),
        [401] = ("未识别用户", "请在请求头 X-User 中说明身份。"),
        [403] = ("无权访问", "当前用户无权执行此操作。"),
        [404] = ("未找到", "请求的地址或对象不存在。"),
        [405] = ("不支持的请求方法", "该地址不支持此请求方法。"),
        [409] = ("操作冲突", "数据已被其他操作修改，请刷新后重试。"),
        [413] = ("请求体过大", "请求体超过了允许的大小。"),
        [415] = ("不支持的内容类型", "请求体必须是 JSON (Content-Type: application/json)。"),
        [429] = ("请求过于频繁", "请稍候一分钟再试。"),
        [500] = ("服务器内部错误", "服务器处理请求时出错，请稍后重试或联系管理员。"),
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var text = ByStatus.TryGetValue(status, out var known) ? known : (Title: "请求未能完成", Detail: "服务器无法完成该请求。");
        if (!HasChinese(problem.Title))
        {
            problem.Title = text.Title;
        }
        if (!HasChinese(problem.Detail))
        {
            problem.Detail = text.Detail;
        }
    }

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
