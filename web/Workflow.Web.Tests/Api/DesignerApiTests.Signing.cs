using Workflow.Engine.Activities;
using Workflow.Web.Api;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

/// <summary>Issue 12: the designer edits a multi-signer step, with the modes and outcomes named in Chinese.</summary>
public sealed partial class DesignerApiTests
{
    [Fact]
    public async Task Activities_ApprovalTask_OffersTheSignerModesInChinese_WithThresholdAndSigners()
    {
        var catalog = await (await _client.GetAsAsync(DesignerApi.ActivitiesPath)).ReadJsonAsync();

        var task = catalog["types"]!.AsArray().Single(t => (string?)t!["type"] == ActivityTypes.ApprovalTask)!;
        var mode = Field(task, "mode");
        Assert.Equal(("Choice", "签署方式", "single"), ((string?)mode["editor"], (string?)mode["label"], (string?)mode["default"]));
        Assert.Equal([("single", "单人审批"), ("countersign", "会签"), ("anysign", "或签"), ("vote", "票签"), ("sequential", "依次审批")],
            mode["choices"]!.AsArray().Select(c => ((string)c!["value"]!, (string)c["label"]!)));
        Assert.Equal("threshold", (string?)Field(task, "threshold")["input"]);
        Assert.Equal("signers", (string?)Field(task, "signers")["input"]);
    }

    [Fact]
    public async Task Activities_PortLabels_NameTheSupplementOutcomesInChinese()
    {
        var catalog = await (await _client.GetAsAsync(DesignerApi.ActivitiesPath)).ReadJsonAsync();

        Assert.Equal("补正后重新提交", (string?)catalog["portLabels"]!["resubmit"]);
        Assert.Equal("终止申请", (string?)catalog["portLabels"]!["withdraw"]);
        Assert.All(catalog["types"]!.AsArray(), t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)t!["label"]!));
    }
}
