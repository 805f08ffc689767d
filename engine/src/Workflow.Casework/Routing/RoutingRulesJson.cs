using System.Text.Json;

namespace Workflow.Casework;

/// <summary>
/// Routing rules as a JSON document <c>{ "rules": [ { "serviceItem", "jurisdictionCode", "levels": [{ "level",
/// "post", "title" }], "decidingLevel", "timeLimits": { "village": 7 }, "referrals": [{ "departmentCode",
/// "departmentName", "level", "timeLimitDays" }] } ], "inbound": [ { "kind", "jurisdictionCode", "definitionId" } ] }</c>;
/// <c>inbound</c> (issue 11) routes messages from other systems and may be absent. Field paths in errors follow the same names.
/// </summary>
public static class RoutingRulesJson
{
    public const string FileName = "routing-rules.json";

    public static string Write(IEnumerable<ServiceRoutingRule> rules, IEnumerable<InboundRoute>? inbound = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return JsonSerializer.Serialize(new RoutingDocument { Rules = [.. rules], Inbound = [.. inbound ?? []] }, OrganisationJson.Options);
    }

    /// <summary>The whole document: the service rules and the inbound routes.</summary>
    public static string Write(RoutingRuleSet routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        return Write(routing.Rules, routing.Inbound);
    }

    /// <summary>The rule set, or errors with line (syntax) or field path (rules). Never throws.</summary>
    public static ImportResult<RoutingRuleSet> Read(string? json, ServiceCatalogue? catalogue = null)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ImportResult<RoutingRuleSet>.Failure([new(FileName, null, "", "文件为空")]);
        }
        RoutingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RoutingDocument>(json, OrganisationJson.Options);
        }
        catch (JsonException e)
        {
            return ImportResult<RoutingRuleSet>.Failure([new(FileName, (int?)e.LineNumber + 1, e.Path ?? "", $"JSON 格式错误：{e.Message}")]);
        }
        if (document is null)
        {
            return ImportResult<RoutingRuleSet>.Failure([new(FileName, null, "", "文件内容应为一个 JSON 对象")]);
        }
        // Missing lists become empty so validation, not a NullReferenceException, reports them.
        var rules = (document.Rules ?? []).Select(r => r is null ? null! : r with
        {
            Levels = r.Levels ?? [],
            TimeLimits = r.TimeLimits ?? new Dictionary<string, int>(),
            Referrals = r.Referrals ?? [],
        }).ToList();
        var inbound = document.Inbound ?? [];
        var errors = RoutingRuleSet.Validate(rules, catalogue).Concat(RoutingRuleSet.ValidateInbound(inbound)).ToList();
        return errors.Count > 0
            ? ImportResult<RoutingRuleSet>.Failure([.. errors.Select(e => new ImportError(FileName, null, e.Field, e.Message))])
            : ImportResult<RoutingRuleSet>.Success(new RoutingRuleSet(rules, catalogue, inbound!));
    }

    private sealed class RoutingDocument
    {
        public List<ServiceRoutingRule?>? Rules { get; set; }

        public List<InboundRoute?>? Inbound { get; set; }
    }
}
