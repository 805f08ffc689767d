using Workflow.Casework;
using Workflow.Engine.Divisions;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// The demo's routing rules: every district confirms 低保 itself (an administrator switches a district or township to
/// "township decides" by editing the rules), and 临时救助 in 巴南区 is also referred to the district 慈善会.
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
    ], ServiceCatalogue.Builtin);
}
