using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Phrases;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Phrases;

/// <summary>
/// <c>/admin/phrases?division=</c>: an office's shared 审批意见常用语, kept by an administrator whose area holds the
/// division (<see cref="PhraseService"/>); offered in the decision form to everyone holding a post there.
/// </summary>
public sealed class OfficePhrasesModel(CallerResolver callers, PhraseService phrases) : AdminPageModel(callers)
{
    public IReadOnlyList<string> Offices { get; private set; } = [];

    public string? Division { get; private set; }

    public IReadOnlyList<PhraseView> Phrases { get; private set; } = [];

    public MessageBox? Message { get; private set; }

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(string? division, string? done, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "added" => new MessageBox("已添加", "本单位人员办理时即可选用。", MessageBox.Success),
            "deleted" => new MessageBox("已删除", null, MessageBox.Success),
            _ => null,
        };
        return await ListAsync(division, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(string division, CancellationToken cancellationToken) =>
        Answer(await phrases.AddOfficeAsync(Caller, division, Text, cancellationToken), division, "added") ?? await ListAsync(division, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(string division, string phraseId, CancellationToken cancellationToken) =>
        Answer(await phrases.DeleteOfficeAsync(Caller, division, phraseId, cancellationToken), division, "deleted") ?? await ListAsync(division, cancellationToken);

    private IActionResult? Answer<T>(CaseworkOutcome<T> outcome, string division, string done)
    {
        if (outcome.Rejection is not { } rejection)
        {
            return Redirect($"/admin/phrases?division={Uri.EscapeDataString(division)}&done={done}");
        }
        Message = AdminMessages.From(rejection, "操作未完成");
        Response.StatusCode = AdminMessages.StatusOf(rejection);
        return null;
    }

    private async Task<IActionResult> ListAsync(string? division, CancellationToken cancellationToken)
    {
        Offices = phrases.ManagedOffices(Caller);
        Division = division is not null && Offices.Contains(division) ? division : Offices.FirstOrDefault();
        if (Division is not null)
        {
            Phrases = (await phrases.OfficeAsync(Caller, Division, cancellationToken)).Value ?? [];
        }
        return Page();
    }
}
