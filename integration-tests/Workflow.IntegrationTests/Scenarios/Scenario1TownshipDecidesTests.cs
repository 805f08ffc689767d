using System.Net;
using System.Text.Json.Nodes;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Scenario 1's variant, same steps: after 审核确认权限下放 the administrator switches 巴南区's 低保 rule to "township
/// decides" through the API. A new case is confirmed by the township after the 公示; the district never acts. A stale
/// save of the rules and a save by a non-administrator are refused, and bad rules name their field.
/// </summary>
public sealed class Scenario1TownshipDecidesTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    [Fact]
    public async Task Scenario1_TownshipDecides_SameSteps_NoDistrictConfirmation()
    {
        var api = host.Api();
        using var client = host.Hosts[0].CreateClient();
        var (version, rules) = await RulesAsync(client);
        var dibao = rules["rules"]!.AsArray().Single(r => (string?)r!["serviceItem"] == "dibao" && (string?)r["jurisdictionCode"] == Banan)!;
        dibao["decidingLevel"] = "township";

        Assert.Equal(HttpStatusCode.Forbidden, await PutAsync(client, TownshipReviewer, version, rules));
        var broken = rules.DeepClone();
        broken["rules"]!.AsArray().Single(r => (string?)r!["serviceItem"] == "dibao" && (string?)r["jurisdictionCode"] == Banan)!["decidingLevel"] = "province";
        Assert.Equal(HttpStatusCode.BadRequest, await PutAsync(client, Administrator, version, broken));
        Assert.Equal(HttpStatusCode.OK, await PutAsync(client, Administrator, version, rules));
        Assert.Equal(HttpStatusCode.Conflict, await PutAsync(client, Administrator, version, rules));

        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500113", "19690909", 71), ["dibao"], requestKey: "s1t-intake"));
        var id = (string)application["applicationId"]!;
        var instance = (string)CaseworkApi.SubCase(application, "dibao")["instanceId"]!;
        await api.DecideOpenAsync(Clerk, instance, "受理低保申请");
        await api.DecideOpenAsync(VillageAssistant, instance, "入户调查");
        var confirmed = await api.DecideOpenAsync(TownshipReviewer, instance, "乡镇审核", comment: "审核确认权限下放，乡镇确认");
        Assert.Empty(CaseworkApi.OpenTasks(confirmed));
        await api.AdvanceAsync(8, async () => (string?)(await api.InstanceAsync(TownshipReviewer, instance))["status"] == "Finished",
            "the 公示 to run out and the township's confirmation to finish the case");

        var finished = await api.InstanceAsync(TownshipReviewer, instance);
        Assert.Equal("approved", (string?)finished["variables"]!["result"]);
        Assert.DoesNotContain(finished["tasks"]!.AsArray(), t => (string?)t!["assignee"]!["level"] == "district");
        Assert.Equal("closed", (string?)(await api.ApplicationAsync(Clerk, id))["status"]);
    }

    private static async Task<(long Version, JsonNode Rules)> RulesAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/routing-rules");
        request.Headers.Add("X-User", Administrator);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var version = long.Parse(response.Headers.GetValues("X-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);
        return (version, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task<HttpStatusCode> PutAsync(HttpClient client, string user, long version, JsonNode rules)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/routing-rules?version={version}")
        {
            Content = new StringContent(rules.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-User", user);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
