using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Api;

/// <summary>
/// The one place where a refusal becomes an RFC 9457 ProblemDetails: the status per <see cref="RejectionType"/>, a
/// Chinese title and detail, <c>code</c> (the rejection type), <c>reason</c> (the engine's "Expected to …, but …"
/// message) and, for bad input, <c>errors</c> keyed by the offending field.
/// </summary>
public static class RejectionProblemDetails
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["comment"] = "审批意见",
        ["outcome"] = "办理结果",
        ["definitionId"] = "流程标识",
        ["instanceId"] = "案件编号",
        ["department"] = "部门",
        ["status"] = "任务状态",
        ["post"] = "岗位",
        ["division"] = "行政区划",
        ["limit"] = "条数上限",
        ["inbox"] = "待办查询条件",
    };

    public static int StatusOf(RejectionType type) => type switch
    {
        RejectionType.NotFound => StatusCodes.Status404NotFound,
        RejectionType.InvalidState => StatusCodes.Status409Conflict,
        RejectionType.Conflict => StatusCodes.Status409Conflict,
        RejectionType.Forbidden => StatusCodes.Status403Forbidden,
        RejectionType.InvalidInput => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemHttpResult ToProblem(this Rejection rejection)
    {
        var (title, detail) = rejection.Type switch
        {
            RejectionType.NotFound => ("未找到", "请求的案件、任务或流程不存在。"),
            RejectionType.InvalidState => ("当前状态不允许此操作", "案件或任务已办结、已撤销，或当前不能办理。"),
            RejectionType.Conflict => ("操作冲突", "数据已被其他操作修改或已经存在，请刷新后重试。"),
            RejectionType.Forbidden => ("无权办理", "当前用户不具备办理该事项所需的岗位、辖区或部门。"),
            RejectionType.InvalidInput when rejection.Field is { } field => ("请求参数有误", $"{FieldName(field)} 不符合要求，请检查后重试。"),
            _ => ("请求参数有误", "请求的参数不符合要求，请检查后重试。"),
        };
        var problem = new ProblemDetails { Status = StatusOf(rejection.Type), Title = title, Detail = detail };
        problem.Extensions["code"] = rejection.Type.ToString();
        problem.Extensions["reason"] = rejection.Message;
        if (rejection.Field is { } name)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [name] = [rejection.Message] };
        }
        return TypedResults.Problem(problem);
    }

    /// <summary>A request that needs a person came from nobody the host knows (not signed in, or no longer active).</summary>
    public static ProblemHttpResult Unauthenticated() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status401Unauthorized,
        Title = "未识别用户",
        Detail = "请先登录（/signin）；账号停用或会话失效时须重新登录。",
    });

    /// <summary>Bad input with several fields wrong at once (an application form): every message keyed by its field path.</summary>
    public static ProblemHttpResult InvalidFields(IEnumerable<(string Field, string Message)> errors)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "请求参数有误",
            Detail = string.Join("；", byField.Values.SelectMany(m => m)),
        };
        problem.Extensions["code"] = nameof(RejectionType.InvalidInput);
        problem.Extensions["errors"] = byField;
        return TypedResults.Problem(problem);
    }

    /// <summary>A definition file that cannot be read at all: its errors keyed by JSON path.</summary>
    public static ProblemHttpResult UnreadableDefinition(IEnumerable<(string Path, string Message)> errors)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "无法读取流程定义",
            Detail = "请求体不是可读取的 Elsa 3 工作流定义 JSON。",
        };
        problem.Extensions["code"] = nameof(RejectionType.InvalidInput);
        problem.Extensions["errors"] = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.Problem(problem);
    }

    private static string FieldName(string field) =>
        FieldNames.TryGetValue(field, out var name) ? $"{name} ({field})" : field;
}
