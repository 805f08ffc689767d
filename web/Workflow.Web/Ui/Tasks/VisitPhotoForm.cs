using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// When the task page offers 入户照片 (photos taken on the phone): by the attachments service's own rule
/// (<see cref="AttachmentService.MayAddVisitPhoto"/>: an open visit step the person may act on at the request's time), on any case: one
/// with an application keeps the photos there, one without keeps them itself (issue 12).
/// </summary>
public static class VisitPhotoForm
{
    public static bool Offered(Caller caller, TaskView task)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return AttachmentService.MayAddVisitPhoto(caller.Actor, task, caller.At);
    }

    /// <summary>The message after an upload (<c>?photo=</c>), or null.</summary>
    public static MessageBox? Message(string? photo) => photo switch
    {
        "added" => new MessageBox("照片已上传", "入户照片已存入本案，见上方办理依据的入户调查记录。", MessageBox.Success),
        "refused" => new MessageBox("照片未上传", "仅接受 JPG、PNG 照片，且不超过大小限制，请重新拍摄。", MessageBox.Error),
        "missing" => new MessageBox("请先拍照", "请点击“拍摄入户照片”拍照或选择照片后再上传。", MessageBox.Error),
        _ => null,
    };
}
