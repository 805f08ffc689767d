using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Phrases;
using Workflow.Engine.Persistence.Phrases;
using Workflow.Web.Api;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Phrases;

/// <summary>
/// <c>/phrases</c>: one's own 审批意见常用语 (add, delete) and, to read, those of one's offices, which their administrators
/// keep (<see cref="PhraseService"/> holds the policy).
/// </summary>
public sealed class PhrasesModel(PhraseService phrases) : PageModel
{
    public IReadOnlyList<PhraseView> Mine { get; private set; } = [];

    public IReadOnlyList<PhraseView> Offices { get; private set; } = [];

    public MessageBox? Message { get; private set; }

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "added" => new MessageBox("已添加", "办理时可在审批意见上方的“常用语”中选用。", MessageBox.Success),
            "deleted" => new MessageBox("已删除", null, MessageBox.Success),
            _ => null,
        };
        return await ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        Answer(await phrases.AddMineAsync(UserScope.CallerOf(HttpContext), Text, cancellationToken), "added") ?? await ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(string phraseId, CancellationToken cancellationToken) =>
        Answer(await phrases.DeleteMineAsync(UserScope.CallerOf(HttpContext), phraseId, cancellationToken), "deleted") ?? await ListAsync(cancellationToken);

    private IActionResult? Answer<T>(CaseworkOutcome<T> outcome, string done)
    {
        if (outcome.Rejection is not { } rejection)
        {
            return Redirect($"/phrases?done={done}");
        }
        var problem = rejection.ToProblem().ProblemDetails;
        Message = new MessageBox(problem.Title ?? "操作未完成", problem.Detail, MessageBox.Error);
        Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return null;
    }

    private async Task<IActionResult> ListAsync(CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        Mine = await phrases.MineAsync(caller, cancellationToken);
        Offices = (await phrases.OfferedAsync(caller, cancellationToken)).Where(p => p.Scope == PhraseOwners.Office).ToList();
        return Page();
    }
}
