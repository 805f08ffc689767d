namespace Workflow.Casework.Application;

/// <summary>
/// What an uploaded file may be declared as (<c>?kind=</c>), when something waits for it or shows it apart: a file of no
/// kind is just an attachment.
/// </summary>
public static class AttachmentKinds
{
    /// <summary>The signed 委托照料服务协议 that a 分散供养 特困 entitlement waits for before its first payment.</summary>
    public const string CareAgreement = "care-agreement";

    /// <summary>A photo taken at the 入户调查 (the village 协理员's phone form); the task page shows these beside the visit record.</summary>
    public const string VisitPhoto = "visit-photo";

    public static IReadOnlyList<string> All { get; } = [CareAgreement, VisitPhoto];

    /// <summary>The Chinese name of a kind for the pages; a file of no kind is 申请材料.</summary>
    public static string NameOf(string? kind) => kind switch
    {
        CareAgreement => "委托照料服务协议",
        VisitPhoto => "入户调查照片",
        _ => "申请材料",
    };
}
