using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Serialization;
using Workflow.Engine.Simulation;
using Workflow.Engine.State;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Tests.Compat;

/// <summary>Elsa's own fixtures, with the results Elsa's own tests assert (../shared/compat/elsa/README.md).</summary>
public sealed class ElsaCompatibilityTests
{
    public static TheoryData<string> Cases() => CompatCase.Files();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ElsaFixture_RunAsCaseSays_MeetsEveryExpectation(string file)
    {
        var c = CompatCase.Named(file);
        var loaded = DefinitionReader.Read(File.ReadAllBytes(c.FullPath));

        if (c.Run == "publishOnly")
        {
            AssertPublish(loaded, c.Expect);
            return;
        }

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        var result = await Simulator.RunAsync(loaded.Definition!, new SimulationOptions { Input = c.Input, UntilEnd = c.Run == "untilEnd" });

        if (c.ExpectedLines is { } lines)
        {
            Assert.Equal(lines, result.Lines);
        }
        if (c.Expect["status"]?.GetValue<string>() is { } status)
        {
            Assert.Equal(status, result.Status);
        }
        if (c.Expect["subStatus"]?.GetValue<string>() is { } subStatus)
        {
            Assert.Equal(subStatus, result.SubStatus.ToString());
        }
        if (c.Expect["activityCompletions"] is JsonObject completions)
        {
            foreach (var (activityId, count) in completions)
            {
                Assert.Equal(count!.GetValue<int>(), result.Path.Count(p => p.NodeId == activityId || p.NodeId.EndsWith(":" + activityId, StringComparison.Ordinal)));
            }
        }
        // Every case, not only the one Elsa marks stateRoundTrip: the stored events rebuild the live state exactly.
        var stored = result.Events.Select(EventSerializer.Serialize).ToList();
        var restored = EventAppliers.Replay(stored.Select(EventSerializer.Deserialize));
        var live = InstanceSnapshot.ToJson(result.Instance);
        Assert.Equal(live, InstanceSnapshot.ToJson(restored));
        Assert.Equal(live, InstanceSnapshot.ToJson(InstanceSnapshot.FromJson(live)));
        if (c.Expect["logPersistence"] is JsonObject log)
        {
            var type = log["activityType"]!.GetValue<string>();
            var input = log["input"]!.GetValue<string>();
            var included = log["included"]!.AsArray().Select(x => x!.GetValue<bool>()).ToList();
            var records = result.Path.Where(p => p.ActivityType == type).ToList();
            Assert.Equal(included, records.Select(r => r.Inputs?.ContainsKey(input) == true).ToList());
        }
    }

    private static void AssertPublish(DefinitionLoadResult loaded, JsonObject expect)
    {
        var errors = loaded.Errors.Where(e => e.Severity == ErrorSeverity.Error).ToList();
        var strict = expect["publish"]!.AsObject();
        Assert.Equal(strict["succeeded"]!.GetValue<bool>(), loaded.IsValid);
        Assert.Equal(strict["validationErrors"]!.GetValue<int>(), errors.Count);
        if (strict["message"]?.GetValue<string>() is { } message && message.Contains("cron expression", StringComparison.OrdinalIgnoreCase))
        {
            // The wording comes from Elsa's cron parser; the subject is what must match.
            Assert.Contains("cron expression", errors.Single().Message, StringComparison.OrdinalIgnoreCase);
        }
        if (expect["publishLenient"] is JsonObject lenient)
        {
            // Lenient publishing succeeds and reports the same problems as warnings.
            Assert.True(lenient["succeeded"]!.GetValue<bool>());
            Assert.Equal(lenient["validationErrors"]!.GetValue<int>(), loaded.Errors.Count);
        }
    }
}
