using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;

namespace Workflow.Web.Ui.Window;

/// <summary>The 不予受理 form: who asked, for what, and the reason the law requires.</summary>
public sealed class RefusalInput
{
    public string? ApplicantName { get; set; }

    public string? IdNumber { get; set; }

    public List<string> Items { get; set; } = [];

    public string? Reason { get; set; }

    public RefusalRequest ToRequest() => new(null, ApplicantName?.Trim(), string.IsNullOrWhiteSpace(IdNumber) ? null : IdNumber.Trim(), Items, Reason);
}
