namespace Workflow.Web.Ui.Cases;

/// <summary>The fields of the case page's operation forms; each form posts the ones its operation needs.</summary>
public sealed class CaseOperationInput
{
    /// <summary>withdraw (撤销), terminate (终止), pause, resume, extend, objection.</summary>
    public string? Op { get; set; }

    public string? ClockId { get; set; }

    public string? PauseReason { get; set; }

    public int Days { get; set; }

    public string? BookmarkId { get; set; }

    /// <summary>The reason (撤销, 终止, 延期) or the objection's content.</summary>
    public string? Reason { get; set; }
}
