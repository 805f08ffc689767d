using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Window;

/// <summary><c>/window/applications/{id}/receipt</c>: the printable 受理回执 (or 不予受理告知书), A4.</summary>
public sealed class ReceiptModel(CallerResolver callers, CaseworkDirectory directory, ApplicationDocuments applications) : WindowPage(callers, directory)
{
    public ReceiptView Receipt { get; private set; } = null!;

    public string ApplicationId { get; private set; } = "";

    public MessageBox? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, bool accepted, int attached, int refused, CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller || (await applications.ReceiptAsync(caller, id, cancellationToken)).Value is not { } receipt)
        {
            return NotFound();
        }
        Receipt = receipt;
        ApplicationId = id;
        if (accepted)
        {
            Message = refused > 0
                ? new MessageBox("已受理，部分材料未上传", $"已上传 {attached} 份材料，{refused} 份不是 PDF、JPG、PNG 或超出大小限制，请在办理页补传。", MessageBox.Warning)
                : new MessageBox("已受理", attached > 0 ? $"已上传 {attached} 份材料。请打印回执交申请人。" : "请打印回执交申请人。", MessageBox.Success);
        }
        return Page();
    }
}
