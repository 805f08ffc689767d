using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Definitions.Tests;

/// <summary>The 低保 definition's file, the offices its steps go to, and cases brought to a given step, for the 低保 test classes.</summary>
internal static class DibaoCase
{
    internal const string DefinitionFile = "dibao.v1.json";

    internal static readonly TaskAssignee WindowAtTownship = new("窗口受理", "township", TestDivisions.Township, null, null);
    internal static readonly TaskAssignee AssistantAtVillage = new("村协理员", "village", TestDivisions.Village, null, null);
    internal static readonly TaskAssignee OfficeAtTownship = new("民政办", "township", TestDivisions.Township, null, null);
    internal static readonly TaskAssignee BureauAtDistrict = new("区民政局", "district", TestDivisions.District, null, null);

    /// <summary>Given a case whose township review is approved, so its 公示 has just begun (Monday 09:00).</summary>
    internal static async Task<DefinitionScenario> AtNoticeAsync(IRoutingTable? routing = null)
    {
        var s = DefinitionScenario.For(DefinitionFile, routing);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.VillageAssistant, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        Assert.Equal("低保初审结果公示", s.Notice.Name);
        return s;
    }

    /// <summary>Given a case whose 公示 has passed, so the district confirmation is open.</summary>
    internal static async Task<DefinitionScenario> AtConfirmationAsync()
    {
        var s = await AtNoticeAsync();
        Assert.Equal(BureauAtDistrict, (await s.ElapseAsync(TimeSpan.FromDays(7))).SingleTaskOpened().Assignee);
        return s;
    }
}
