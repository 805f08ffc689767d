using Workflow.Casework;
using Workflow.Engine.Divisions;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// The demo's routing rules: every district confirms 低保 itself (an administrator switches a district or township to
/// "township decides" by editing the rules), and 临时救助 in 巴南区 is also referred to the district 慈善会. Messages
/// from other systems about 巴南区 start its cases (<see cref="Inbound"/>); elsewhere they are parked for an administrator.
/// </summary>
public static class DemoRoutingRules
{
    public static RoutingRuleSet Build() => new(
    [
        StandardRoutingRules.Dibao(DemoOrganisation.Banan, townshipDecides: false),
        StandardRoutingRules.Dibao(DemoOrganisation.Liangping, townshipDecides: false),
        StandardRoutingRules.Dibao(DemoOrganisation.Dachuan, townshipDecides: false),
        new ServiceRoutingRule(
            ServiceItemCodes.TemporaryAssistance,
            DemoOrganisation.Banan,
            [
                new(AdministrativeLevel.Township.Code(), StandardPosts.TownshipReview, "临时救助乡镇审核"),
                new(AdministrativeLevel.District.Code(), StandardPosts.DistrictApproval, "临时救助区县审批"),
            ],
            AdministrativeLevel.District.Code(),
            new Dictionary<string, int> { [AdministrativeLevel.Township.Code()] = 5, [AdministrativeLevel.District.Code()] = 10 },
            [new ReferralTarget("district-charity", "区慈善会", AdministrativeLevel.District.Code(), 10)]),
    ], ServiceCatalogue.Builtin, Inbound);

    /// <summary>巴南区's inbound routes: a ticket, an alert and a death each start a case; a move and a population record only have an effect.</summary>
    public static IReadOnlyList<InboundRoute> Inbound { get; } =
    [
        new(InboundKinds.HotlineTicket, DemoOrganisation.Banan, "child-protection"),
        new(InboundKinds.MonitoringAlert, DemoOrganisation.Banan, "alert-verification"),
        new(InboundKinds.PersonDied, DemoOrganisation.Banan, "funeral-relief"),
        new(InboundKinds.PersonMoved, DemoOrganisation.Banan, null),
        new(InboundKinds.PopulationRecord, DemoOrganisation.Banan, null),
    ];
}
