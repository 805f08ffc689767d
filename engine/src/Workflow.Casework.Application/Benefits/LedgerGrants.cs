using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Casework.Application.Views;
using Workflow.Casework.Benefits;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// Grants the entitlement an approved sub-case decided (issue 11), when its case finishes (<see cref="WorkflowFinished"/>).
/// The entitlement's id is derived from the case, so the message delivered twice grants once. Reads the case's
/// variables <c>result</c>, <c>selfCare</c> (特困 care tier), <c>supportMode</c> (<c>dispersed</c>: 分散供养, paid only once a
/// <c>care-agreement</c> attachment is on file) and <c>monthlyAmountYuan</c> (低保, when the case states its amount).
/// </summary>
public sealed class LedgerGrants(LedgerStore ledger, CaseworkStore casework, CaseReader cases, IOptions<LedgerOptions> options, TimeProvider time,
    ILogger<LedgerGrants> logger)
{
    public const string CareAgreement = AttachmentKinds.CareAgreement;

    /// <summary>The id of what a case grants (高龄津贴 excepted: <see cref="OldAgeAllowance.EntitlementId"/>, one per person).</summary>
    public static string EntitlementId(string instanceId) => "case:" + instanceId;

    /// <summary>How many ledger changes the finished case made: 0 when it grants nothing or was already granted.</summary>
    public async Task<int> GrantAsync(WorkflowFinished finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finished);
        if (finished.SubStatus != nameof(WorkflowSubStatus.Finished)
            || await casework.FindItemByInstanceAsync(finished.InstanceId, cancellationToken).ConfigureAwait(false) is not { } item
            || LedgerItems.Find(item.ItemCode) is not { } ledgerItem
            || await cases.InstanceAsync(finished.InstanceId, cancellationToken).ConfigureAwait(false) is not { } view
            || ResultNames.Of(view.Variables, finished.SubStatus) != "approved"
            || await casework.GetApplicationAsync(item.ApplicationId, cancellationToken).ConfigureAwait(false) is not { } application)
        {
            return 0;
        }
        var form = StoredApplication.FromJson(application.Body).Form;
        if (form.Applicant?.IdNumber is not { } applicantId)
        {
            return 0;
        }
        var person = PersonKey.Of(applicantId);
        var members = new[] { applicantId }.Concat((form.Household ?? []).Select(m => m.IdNumber).OfType<string>())
            .Select(PersonKey.Of).Distinct().ToList();
        var approvedOn = ApprovedOn(view.Tasks, finished.At);
        var (fen, payCondition) = Decide(item.ItemCode, view.Variables, applicantId, members.Count, approvedOn, options.Value);
        if (fen <= 0)
        {
            // Parked loudly rather than paid at a wrong amount (a 特困 selfCare the standards do not list).
            LedgerLog.GrantParked(logger, finished.InstanceId, item.ItemCode, $"no standard for its variables (selfCare '{CaseValues.Text(view.Variables, "selfCare")}')");
            return 0;
        }
        var beneficiary = ledgerItem.Kind == BeneficiaryKind.Household ? Beneficiary.Household(person, members) : Beneficiary.Person(person, person);
        var division = item.CaseDivision ?? view.DivisionCode ?? item.DecidingDivision;
        // 高龄津贴 has one entitlement per person whichever way it came (an application or 免申即享), so it is never paid twice.
        var id = item.ItemCode == OldAgeAllowance.ItemCode ? OldAgeAllowance.EntitlementId(person) : EntitlementId(finished.InstanceId);
        var outcome = BenefitsLedger.Grant(new GrantRequest(id, item.ItemCode, beneficiary, division, finished.InstanceId,
            approvedOn, fen, LedgerRules.StartMonthAfterApproval, ledgerItem.Restricted), "system", time.GetUtcNow());
        if (outcome.Rejection is not null)
        {
            return 0;
        }
        // A death recorded before the case finished (population data, 公安/卫健) stops the grant as the death would have:
        // a person who died before the first month is never paid (高龄津贴 is never granted to a dead person).
        var outcomes = new List<LedgerOutcome> { outcome };
        if (await ledger.GetPersonAsync(person, cancellationToken).ConfigureAwait(false) is { Died: { } died })
        {
            outcomes.AddRange(LifeEvents.PersonDied(person, died, [outcome.Entitlement!], LedgerItems.AmountFollowsSize, time.GetUtcNow()));
        }
        return await ledger.ApplyAsync(LedgerWrites.Of(outcomes, "approval", item.ApplicationId, payCondition), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// The day of approval a grant starts from (China time): the day of the last task decided <c>approve</c> by the case's
    /// end, i.e. the deciding level's confirmation (特困: 区县审核确认), so the steps after it (入院, 委托照料服务协议) do
    /// not move the start; a case with no such task (its result set otherwise), the day it finished.
    /// </summary>
    public static DateOnly ApprovedOn(IEnumerable<TaskView> tasks, DateTimeOffset finishedAt) =>
        ChinaTime.DayOf(tasks.Where(t => t.Status == TaskLifecycle.Completed && t.Outcome == ApproveOutcome && t.ClosedAt <= finishedAt)
            .Select(t => t.ClosedAt!.Value).DefaultIfEmpty(finishedAt).Max());

    /// <summary>The outcome of an approving decision (as <see cref="ResultNames"/> reads it).</summary>
    private const string ApproveOutcome = "approve";

    /// <summary>
    /// The monthly amount (fen) an approval of <paramref name="itemCode"/> grants and what must be on file before it is
    /// paid: 特困 the basic standard plus the care tier of <c>selfCare</c>, held for a <c>care-agreement</c> when
    /// <c>supportMode</c> is <c>dispersed</c>; 事实无人抚养儿童 the fixed standard; 低保 the case's <c>monthlyAmountYuan</c>, else
    /// the per-member standard times the members; 高龄津贴 the band of the applicant's age (80 at least). 0 fen (grants
    /// nothing) for a 特困 <c>selfCare</c> missing from <see cref="LedgerOptions.TekunCareYuan"/> and for an item not listed here.
    /// </summary>
    public static (long Fen, string? PayCondition) Decide(string itemCode, IReadOnlyDictionary<string, JsonNode?> variables, string applicantId,
        int members, DateOnly approvedOn, LedgerOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return itemCode switch
        {
            ServiceItemCodes.Tekun => CaseValues.Text(variables, "selfCare") is { } selfCare && o.TekunCareYuan.TryGetValue(selfCare, out var care)
                ? (LedgerOptions.Fen(o.TekunBasicYuan + care), CaseValues.IsDispersedSupport(variables) ? CareAgreement : null)
                : (0, null),
            LedgerItems.DeFactoUnsupportedChild => (LedgerOptions.Fen(o.DeFactoChildYuan), null),
            ServiceItemCodes.Dibao => (Number(variables, "monthlyAmountYuan") is { } stated ? LedgerOptions.Fen(stated)
                : LedgerOptions.Fen(o.DibaoPerMemberYuan) * members, null),
            OldAgeAllowance.ItemCode => (OldAgeAllowance.MonthlyFenAt(Math.Max(80,
                ChineseIdNumber.BirthDate(applicantId) is { } born ? OldAgeAllowance.AgeOn(born, approvedOn) : 80)), null),
            _ => (0, null),
        };
    }

    private static decimal? Number(IReadOnlyDictionary<string, JsonNode?> variables, string name) =>
        variables.TryGetValue(name, out var node) && node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && (decimal)v > 0 ? (decimal)v : null;
}
