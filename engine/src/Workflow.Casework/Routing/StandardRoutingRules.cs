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
            new("village", StandardPosts.VillageAssistant, "入户调查（家庭经济状况）"),
            new("township", StandardPosts.TownshipReview, townshipDecides ? "乡镇审核确认" : "乡镇审核（初审意见）"),
            new("district", StandardPosts.DistrictApproval, "审核确认"),
        ],
        townshipDecides ? "township" : "district",
        new Dictionary<string, int> { ["village"] = 7, ["township"] = 5, ["district"] = 10 },
        []);
}
