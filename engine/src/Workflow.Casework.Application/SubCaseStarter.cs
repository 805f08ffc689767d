using Workflow.Engine.Runtime;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;

namespace Workflow.Casework.Application;

/// <summary>
/// Starts an application's sub-cases as workflow instances. Each start carries a request key derived from the
/// sub-case's instance id, so calling again after a crash starts nothing twice.
/// </summary>
public sealed class SubCaseStarter(CaseworkStore store, WorkflowExecutor commands, ILogger<SubCaseStarter> logger)
{
    /// <summary>Starts every sub-case that has not started; safe to call again (request keys).</summary>
    public async Task StartAsync(ApplicationRecord application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var body = StoredApplication.FromJson(application.Body);
        foreach (var sub in body.SubCases.Where(s => s.DefinitionId is not null))
        {
            var input = sub.Kind == "referral" || sub.DefinitionId is not null ? InputFor(application, body, sub) : null;
            var command = new StartInstance(sub.InstanceId, sub.DefinitionId!, null, input) { RequestKey = $"{sub.InstanceId}:start" };
            var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
            var status = result.Rejection is null ? SubCaseStatuses.Running : SubCaseStatuses.Failed;
            if (result.Rejection is { } rejection)
            {
                CaseworkLog.SubCaseNotStarted(logger, application.Id, sub.ItemCode, rejection.Type);
            }
            await store.UpdateItemAsync(application.Id, sub.ItemCode, sub.InstanceId, status, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonObject InputFor(ApplicationRecord application, StoredApplication body, StoredSubCase sub)
    {
        var applicant = body.Form.Applicant!;
        return new JsonObject
        {
            [CaseInputKeys.DivisionCode] = sub.CaseDivisionCode,
            [CaseInputKeys.ServiceItem] = sub.ItemCode,
            [CaseInputKeys.ApplicationId] = application.Id,
            ["caseNumber"] = application.CaseNumber,
            [CaseInputKeys.ApplicantName] = applicant.Name,
            [CaseInputKeys.ApplicantIdNumber] = applicant.IdNumber,
            ["windowDivisionCode"] = application.WindowDivision,
            ["decidingDivisionCode"] = sub.DecidingDivisionCode,
            ["householdSize"] = 1 + (body.Form.Household?.Count ?? 0),
            [CaseInputKeys.ChildProtection] = body.Flags.Contains(ApplicationFlags.ChildProtection),
        };
    }
}
