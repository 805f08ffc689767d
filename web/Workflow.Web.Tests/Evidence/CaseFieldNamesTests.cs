using System.Text.Json.Nodes;
using Workflow.Web.Hosting.Demo;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Tests.Evidence;

/// <summary>Every field the product writes into a case's input has a Chinese label on the page, never its key (issue 12).</summary>
public sealed class CaseFieldNamesTests
{
    /// <summary>What intake (SubCaseStarter), review campaigns and inbound routing write besides the demo cases' fields.</summary>
    private static readonly string[] Written =
    [
        "caseNumber", "windowDivisionCode", "decidingDivisionCode", "householdSize", "hukouDivisionCode", "residenceDivisionCode", "householdId",
        "campaign", "incomeRatio", "deathSource", "deceasedIdNumber", "diedOn", "movedOn", "applicantIdNumber", "serviceItem",
    ];

    [Fact]
    public void CaseFieldNames_EveryWrittenAndDemoField_HasAChineseLabel()
    {
        var keys = DemoData.Cases.SelectMany(c => c.Input().Select(p => p.Key)).Concat(Written).Distinct().ToList();

        var unlabelled = keys.Where(k => !CaseFieldNames.IsLabelled(k)).ToList();

        Assert.True(unlabelled.Count == 0, "no Chinese label for: " + string.Join(", ", unlabelled));
    }

    [Fact]
    public void CaseFieldNames_DisabilityLevelAndAnUnknownField_ShowChineseLabels()
    {
        var shown = CaseFieldNames.Of(new JsonObject { ["disabilityLevel"] = "二级", ["somethingNew"] = "x", ["hukouDivisionCode"] = "500113102001" }).ToList();

        Assert.Contains(("残疾等级", "二级", false), shown);
        Assert.Contains((CaseFieldNames.Unnamed, "x", false), shown);
        Assert.Contains(("户籍地", "500113102001", true), shown);
    }
}
