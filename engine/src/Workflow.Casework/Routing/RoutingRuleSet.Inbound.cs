using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>The inbound routes (issue 11): which case a message from another system starts, by kind and division.</summary>
public sealed partial class RoutingRuleSet
{
    private readonly Dictionary<string, List<(string Prefix, InboundRoute Route)>> _byKind = new(StringComparer.Ordinal);

    public IReadOnlyList<InboundRoute> Inbound { get; private init; } = [];

    /// <summary>The route of the nearest jurisdiction enclosing <paramref name="divisionCode"/>, or null (the message is parked).</summary>
    public InboundRoute? FindInbound(string kind, string? divisionCode)
    {
        if (!DivisionCode.IsValid(divisionCode) || !_byKind.TryGetValue(kind, out var list))
        {
            return null;
        }
        return list.FirstOrDefault(r => divisionCode!.StartsWith(r.Prefix, StringComparison.Ordinal)).Route;
    }

    public static IReadOnlyList<FieldError> ValidateInbound(IReadOnlyList<InboundRoute?> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var errors = new List<FieldError>();
        var seen = new HashSet<(string?, string?)>();
        for (var i = 0; i < routes.Count; i++)
        {
            var at = $"inbound[{i}]";
            if (routes[i] is not { } route)
            {
                errors.Add(new(at, $"第{i + 1}条来件路由为空"));
                continue;
            }
            if (!InboundKinds.All.Contains(route.Kind))
            {
                errors.Add(new($"{at}.kind", $"来件类型 {route.Kind} 无效，应为 {string.Join("、", InboundKinds.All)} 之一"));
            }
            if (!DivisionCode.IsValid(route.JurisdictionCode))
            {
                errors.Add(new($"{at}.jurisdictionCode", $"管辖区划代码 {route.JurisdictionCode} 应为12位数字"));
            }
            if (route.DefinitionId is { } id && (id.Length is 0 or > 100 || id.Any(char.IsWhiteSpace)))
            {
                errors.Add(new($"{at}.definitionId", $"流程标识 {id} 无效（不能为空串或含空白，最长100字符）"));
            }
            if (!seen.Add((route.Kind, route.JurisdictionCode)))
            {
                errors.Add(new($"{at}.jurisdictionCode", $"来件类型 {route.Kind} 在 {route.JurisdictionCode} 的路由重复"));
            }
        }
        return errors;
    }

    private void IndexInbound()
    {
        foreach (var route in Inbound)
        {
            if (!_byKind.TryGetValue(route.Kind, out var list))
            {
                _byKind[route.Kind] = list = [];
            }
            list.Add((JurisdictionPrefix(route.JurisdictionCode), route));
        }
        foreach (var list in _byKind.Values)
        {
            list.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        }
    }
}
