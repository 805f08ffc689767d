using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Phrases;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// The demo's evidence and 审批意见常用语 (issue 12): office phrases for the 界石镇 and 区民政局 offices, added by the demo
/// administrator as the page would, and three sources of the demo application's 家庭经济状况核对 answered, so the task
/// page has findings with sources and dates to show.
/// </summary>
internal static class DemoEvidence
{
    private static readonly (string Division, string Text)[] OfficePhrases =
    [
        (DemoData.Township, "经入户调查，情况属实，同意上报。"),
        (DemoData.Township, "经民主评议，申请人家庭人均收入低于当地低保标准，同意上报。"),
        (DemoData.Township, "材料不全，请按一次性告知补正后再报。"),
        (DemoData.District, "经审核，符合条件，同意。"),
        (DemoData.District, "经审核，家庭经济状况不符合条件，不予批准。"),
    ];

    private static readonly (string Source, string Summary)[] Answers =
    [
        ("hrss", "配偶李国强灵活就业，无社保缴费记录；申请人无就业登记。"),
        ("housing", "家庭名下住房 1 套（桂花村自建房，78 平方米），无其他不动产。"),
        ("bank", "家庭存款合计 3,200 元，无理财产品。"),
    ];

    public static async Task SeedAsync(PhraseService phrases, FinancialCheckService checks, string? applicationId, CancellationToken cancellationToken)
    {
        var adminActor = Actor.User("admin", ["系统管理员"], [DemoData.District]);
        var admin = new Caller(adminActor, "赵敏", AccessSubject.Of(adminActor));
        foreach (var (division, text) in OfficePhrases)
        {
            await phrases.AddOfficeAsync(admin, division, text, cancellationToken).ConfigureAwait(false);
        }
        if (applicationId is null)
        {
            return;
        }
        var clerkActor = Actor.User("wangfang", ["窗口受理", "社会救助经办"], [DemoOrganisation.Jieshi]);
        var clerk = new Caller(clerkActor, "王芳", AccessSubject.Of(clerkActor));
        foreach (var (source, summary) in Answers)
        {
            await checks.AnswerAsync(clerk, $"{applicationId}-{source}", summary, _ => Task.FromResult(true), cancellationToken).ConfigureAwait(false);
        }
    }
}
