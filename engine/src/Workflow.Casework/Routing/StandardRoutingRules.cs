using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>
/// Ready-made rules for the two 低保 configurations the scenarios run: the district decides (default), or the
/// township decides after 审核确认权限下放 (then the district's confirmation chain is skipped). Levels, posts and time
/// limits are those of <c>workflows/definitions/dibao.v1.json</c>.
/// </summary>
public static class StandardRoutingRules
{
    public static ServiceRoutingRule Dibao(string jurisdictionCode, bool townshipDecides) => new(
        ServiceItemCodes.Dibao,
        jurisdictionCode,
        [
            new(AdministrativeLevel.Village.Code(), StandardPosts.VillageAssistant, "入户调查（家庭经济状况）"),
            new(AdministrativeLevel.Township.Code(), StandardPosts.TownshipReview, townshipDecides ? "乡镇审核确认" : "乡镇审核（初审意见）"),
            new(AdministrativeLevel.District.Code(), StandardPosts.DistrictApproval, "审核确认"),
        ],
        townshipDecides ? AdministrativeLevel.Township.Code() : AdministrativeLevel.District.Code(),
        new Dictionary<string, int> { [AdministrativeLevel.Village.Code()] = 7, [AdministrativeLevel.Township.Code()] = 5, [AdministrativeLevel.District.Code()] = 10 },
        []);
}
