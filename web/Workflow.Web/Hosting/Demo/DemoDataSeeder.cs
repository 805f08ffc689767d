using Workflow.Engine.Runtime;
using Microsoft.Extensions.Options;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Phrases;
using Workflow.Casework.Application.Requests;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Hosting.Settings;
using Workflow.Web.Operations;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// In demo mode, when the database holds no case yet, starts the sample cases whose definitions are published. A
/// restart on the same database therefore adds nothing.
/// </summary>
internal sealed class DemoDataSeeder(
    IOptions<WorkflowHostOptions> options,
    IInstanceQueries instances,
    WorkflowExecutor commands,
    IntakeService applications,
    PhraseService phrases,
    FinancialCheckService checks,
    Workflow.Casework.Application.Cover.DeputyService deputies,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoData)
        {
            return;
        }
        if ((await instances.ListAsync(CaseScope.Everything, 0, 1, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            DemoLog.DemoCasesPresent(logger);
            return;
        }
        // Issue 12: 张伟's deputy first, so the tasks opened below for him reach 杨帆 too.
        await DemoCover.SetDeputyAsync(deputies, cancellationToken).ConfigureAwait(false);
        var applicationId = await SeedApplicationAsync(cancellationToken).ConfigureAwait(false);
        await DemoEvidence.SeedAsync(phrases, checks, applicationId, cancellationToken).ConfigureAwait(false);
        foreach (var demo in DemoData.Cases)
        {
            var command = new StartInstance(demo.InstanceId, demo.DefinitionId, null, demo.Input());
            var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
            switch (result.Rejection)
            {
                case null:
                    DemoLog.DemoCaseStarted(logger, demo.InstanceId, demo.DefinitionId);
                    await ApproveFirstTaskAsync(demo, result, cancellationToken).ConfigureAwait(false);
                    break;
                case { Type: RejectionType.NotFound }:
                    DemoLog.DemoCaseSkipped(logger, demo.InstanceId, demo.DefinitionId);
                    break;
                default:
                    DemoLog.DemoCaseRejected(logger, demo.InstanceId, result.Rejection.Type.ToString());
                    break;
            }
        }
        await DemoCover.StartAndUrgeAsync(commands, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One integrated application at the 界石镇 window (低保 with 教育救助 and 医疗救助 from the assessment), accepted by
    /// the demo clerk, so the window's list and the departments' inboxes are not empty on a fresh database.
    /// </summary>
    private async Task<string?> SeedApplicationAsync(CancellationToken cancellationToken)
    {
        var actor = Actor.User("wangfang", ["窗口受理", "社会救助经办"], [DemoOrganisation.Jieshi]);
        var clerk = new Caller(actor, "王芳", AccessSubject.Of(actor));
        var form = new ApplicationRequest(
            DemoOrganisation.Jieshi,
            new("邓秀梅", DemoOrganisation.Id("50011319680808321"), "13987654321", "6222020200998877665", DemoOrganisation.Guihua, DemoOrganisation.Guihua, false),
            [new("邓小军", "子女", DemoOrganisation.Id("50011320110909022")), new("李国强", "配偶", DemoOrganisation.Id("50011319660606001"))],
            ["dibao"],
            new(HasSchoolChild: true, HasChronicIllness: true),
            ConsentToFinancialCheck: true,
            RequestKey: "demo-application-001");
        var accepted = await applications.AcceptAsync(clerk, form, cancellationToken).ConfigureAwait(false);
        if (accepted.Value is { } application)
        {
            DemoLog.DemoCaseStarted(logger, application.CaseNumber, "一门受理");
        }
        return accepted.Value?.Id;
    }

    /// <summary>Moves a demo case past its first task when the demo names who approves it, and has one signer sign the next.</summary>
    private async Task ApproveFirstTaskAsync(DemoCase demo, ExecutionResult started, CancellationToken cancellationToken)
    {
        if (demo.FirstApprovedBy is not { } actor || started.Events.OfType<TaskOpened>().FirstOrDefault() is not { } task)
        {
            return;
        }
        var decided = await commands.ExecuteAsync(
            new RecordDecision(demo.InstanceId, task.TaskId, actor, "approve", "材料齐全，情况属实，同意报区县集体研究。"), cancellationToken).ConfigureAwait(false);
        if (decided.Rejection is { } rejection)
        {
            DemoLog.DemoCaseRejected(logger, demo.InstanceId, rejection.Type.ToString());
            return;
        }
        if (demo.ThenSignedBy is not { } signer || decided.Events.OfType<TaskOpened>().FirstOrDefault() is not { } next)
        {
            return;
        }
        var signed = await commands.ExecuteAsync(
            new RecordDecision(demo.InstanceId, next.TaskId, signer, "approve", "同意按支出型临时救助标准分期发放。"), cancellationToken).ConfigureAwait(false);
        if (signed.Rejection is { } refused)
        {
            DemoLog.DemoCaseRejected(logger, demo.InstanceId, refused.Type.ToString());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
