using System.Text.Json.Nodes;

namespace Workflow.Casework;

/// <summary>
/// One item of an application after the needs assessment. <see cref="CaseDivisionCode"/> is the village the case
/// runs for (户籍地, or 居住地 for a 居住证 holder on an item that allows it); <see cref="DecidingDivisionCode"/> is the
/// office at <see cref="DecidingLevel"/> that decides. <see cref="Kind"/> says whether to start
/// <see cref="DefinitionId"/> with <see cref="InputJson"/> or to send <see cref="Referral"/>; referral items still carry
/// their definition id (a single <c>Gov.Referral</c>) and input, for hosts that run referrals as instances.
/// <see cref="ParallelReferrals"/> are extra referrals a routing rule attaches (e.g. 临时救助 → 慈善会 转介).
/// <see cref="Origin"/> says why the item is here ("申请人申请" or the assessment answer that added it).
/// </summary>
public sealed record SubCasePlan(
    string ServiceItem,
    string ServiceItemName,
    SubCaseKind Kind,
    string Origin,
    string CaseDivisionCode,
    string JurisdictionBasis,
    string DecidingLevel,
    string? DecidingDivisionCode,
    string? DefinitionId,
    string InputJson,
    ReferralPlan? Referral,
    IReadOnlyList<ReferralPlan> ParallelReferrals,
    bool ChildProtection,
    string? RoutingSource)
{
    /// <summary>A fresh, mutable copy of the start input (the engine takes a <see cref="JsonObject"/>).</summary>
    public JsonObject CreateInput() => (JsonObject)JsonNode.Parse(InputJson)!;
}
