using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Workflow.Web.Ui;

/// <summary>
/// The Chinese error page a person sees instead of an empty answer; the status code stays the original one. It
/// ignores anti-forgery itself, because it also answers POSTs whose token was missing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Detail) = code switch
        {
            400 => ("请求无效", "表单已过期或缺少安全校验信息，请返回上一页刷新后重新提交。"),
            401 => ("请先登录", "请登录后再访问本页。"),
            403 => ("无权访问", "当前用户不具备访问本页所需的岗位、辖区或部门。"),
            404 => ("页面不存在", "您访问的案件或任务不存在，或不在您的辖区和部门范围内。"),
            405 => ("不支持的操作", "本页不支持这种访问方式。"),
            429 => ("操作过于频繁", "请稍候一分钟再试。"),
            _ when code >= 500 => ("系统暂时无法处理", "请稍后重试；如果问题持续，请联系系统管理员。"),
            _ => ("请求未能完成", "请返回上一页重试。"),
        };
        // Direct visits to /error/404 keep that status too; re-executed requests already carry theirs.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
