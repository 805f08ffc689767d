using System.Text.Json;

namespace Workflow.Casework;

/// <summary>
/// What an administrator may change in the whole-deployment documents: only entries in their own area
/// (<see cref="CaseAccessPolicy.MayAdminister"/>). A district administrator edits the district's divisions,
/// departments, people and routing rules, never another district's; the post catalogue, shared by all, needs an
/// administrator whose area holds every division of the organisation. Null when allowed, else the first change
/// refused, in Chinese.
/// </summary>
public static class AdministrationScope
{
    public static string? RefuseOrganisationChange(AccessSubject administrator, Organisation before, Organisation after)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (Changed(before.Posts, after.Posts, p => p.Code).Any() && !(IsSystemWide(administrator, before) && IsSystemWide(administrator, after)))
        {
            return "岗位目录为全部地区共用，须由不限区划的系统管理员修改";
        }
        foreach (var division in Changed(before.Divisions, after.Divisions, d => d.Code))
        {
            if (!CaseAccessPolicy.MayAdminister(administrator, division.Code))
            {
                return $"区划 {division.Code}（{division.Name}）不在本管理员的管辖范围内";
            }
        }
        foreach (var department in Changed(before.Departments, after.Departments, d => d.Code + "@" + d.DivisionCode))
        {
            if (!CaseAccessPolicy.MayAdminister(administrator, department.DivisionCode))
            {
                return $"部门 {department.Name}（{department.DivisionCode}）不在本管理员的管辖范围内";
            }
        }
        foreach (var user in Changed(before.Users, after.Users, u => u.Id))
        {
            // A person moved in or out must be in the area on both sides: their posts before and after.
            var posts = (before.FindUser(user.Id)?.Posts ?? []).Concat(after.FindUser(user.Id)?.Posts ?? []);
            if (posts.FirstOrDefault(p => !CaseAccessPolicy.MayAdminister(administrator, p.DivisionCode)) is { } outside)
            {
                return $"人员 {user.Name} 在 {outside.DivisionCode} 任职，不在本管理员的管辖范围内";
            }
        }
        return null;
    }

    /// <summary>
    /// A system-wide administrator (不限区划的系统管理员): one whose area holds every division of the organisation. What
    /// belongs to no division — the shared post catalogue, a message from another system whose division cannot be read —
    /// is theirs alone.
    /// </summary>
    public static bool IsSystemWide(AccessSubject administrator, Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        ArgumentNullException.ThrowIfNull(organisation);
        return administrator.IsAdministrator && organisation.Divisions.All(d => CaseAccessPolicy.MayAdminister(administrator, d.Code));
    }

    public static string? RefuseRoutingChange(AccessSubject administrator, IReadOnlyList<ServiceRoutingRule> before, IReadOnlyList<ServiceRoutingRule> after)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        var outside = Changed(before, after, r => r.ServiceItem + "@" + r.JurisdictionCode)
            .FirstOrDefault(r => !CaseAccessPolicy.MayAdminister(administrator, r.JurisdictionCode));
        return outside is null ? null : $"事项 {outside.ServiceItem} 在 {outside.JurisdictionCode} 的路由规则不在本管理员的管辖范围内";
    }

    /// <summary>An inbound route (issue 11) added, removed or changed outside the administrator's area, or null.</summary>
    public static string? RefuseInboundChange(AccessSubject administrator, IReadOnlyList<InboundRoute> before, IReadOnlyList<InboundRoute> after)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        var outside = Changed(before, after, r => r.Kind + "@" + r.JurisdictionCode)
            .FirstOrDefault(r => !CaseAccessPolicy.MayAdminister(administrator, r.JurisdictionCode));
        return outside is null ? null : $"来件类型 {outside.Kind} 在 {outside.JurisdictionCode} 的路由不在本管理员的管辖范围内";
    }

    /// <summary>The entries added, removed or changed (each once, the newer side when both exist), by key.</summary>
    private static IEnumerable<T> Changed<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
    {
        var old = before.GroupBy(key).ToDictionary(g => g.Key, g => JsonSerializer.Serialize(g.ToList()), StringComparer.Ordinal);
        var now = after.GroupBy(key).ToDictionary(g => g.Key, g => (Entry: g.First(), Json: JsonSerializer.Serialize(g.ToList())), StringComparer.Ordinal);
        foreach (var (k, entry) in now)
        {
            if (!old.TryGetValue(k, out var json) || json != entry.Json)
            {
                yield return entry.Entry;
            }
        }
        foreach (var gone in before.Where(b => !now.ContainsKey(key(b))))
        {
            yield return gone;
        }
    }
}
