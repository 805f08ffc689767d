using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>Tree queries. They follow parent links, not code prefixes, so a 区 directly under 重庆市 works.</summary>
public sealed partial class Organisation
{
    /// <summary>The direct children of a division, by code.</summary>
    public IReadOnlyList<Division> Children(string code) => _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>Parent first, up to the root; empty for a root or an unknown code.</summary>
    public IReadOnlyList<Division> Ancestors(string code)
    {
        var result = new List<Division>();
        var current = FindDivision(code);
        while (current?.ParentCode is { } parent && FindDivision(parent) is { } up)
        {
            result.Add(up);
            current = up;
        }
        return result;
    }

    /// <summary>The division itself and every descendant (depth first, children by code); empty when unknown.</summary>
    public IReadOnlyList<Division> Subtree(string code)
    {
        var result = new List<Division>();
        if (FindDivision(code) is not { } root)
        {
            return result;
        }
        var stack = new Stack<Division>([root]);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            result.Add(next);
            foreach (var child in Children(next.Code).Reverse())
            {
                stack.Push(child);
            }
        }
        return result;
    }

    /// <summary>
    /// The division itself when known, else the nearest registered division that the code falls under (an
    /// unregistered village resolves to its township). Null when nothing above it is registered.
    /// </summary>
    public Division? NearestKnown(string? code)
    {
        for (var division = DivisionCode.From(code); division is { } d; division = d.Parent)
        {
            if (FindDivision(d.Value) is { } known)
            {
                return known;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="divisionCode"/> lies in the subtree of any of <paramref name="userDivisions"/>. Uses the
    /// tree; an unregistered code counts as part of its nearest registered division. Unknown everywhere → false.
    /// </summary>
    public bool InScope(IReadOnlyList<string> userDivisions, string? divisionCode)
    {
        if (NearestKnown(divisionCode) is not { } target)
        {
            return false;
        }
        var lineage = new HashSet<string>(StringComparer.Ordinal) { target.Code };
        lineage.UnionWith(Ancestors(target.Code).Select(d => d.Code));
        return userDivisions.Any(lineage.Contains);
    }

    /// <summary>The level of a code: from the tree when registered, else inferred from its trailing zeros.</summary>
    public string? LevelOf(string? code) =>
        FindDivision(code) is { } d ? d.Level : DivisionCode.From(code)?.Level.Code();

    /// <summary>
    /// The division at <paramref name="level"/> that <paramref name="caseDivisionCode"/> belongs to, following the
    /// tree (so a 达州 village's "city" is 达州市 and a 重庆 village has no "city" at all → null). Falls back to code
    /// arithmetic for the part of the path below the nearest registered division.
    /// </summary>
    public string? DivisionAt(string? caseDivisionCode, string level)
    {
        if (!DivisionCode.IsValid(caseDivisionCode) || !AdministrativeLevels.IsKnown(level))
        {
            return null;
        }
        var known = NearestKnown(caseDivisionCode);
        if (known is null)
        {
            return AdministrativeLevels.DivisionAt(caseDivisionCode, level);
        }
        if (AdministrativeLevels.Rank(level) < AdministrativeLevels.Rank(known.Level))
        {
            // Below the registered part of the tree: cut the code (a village not registered under its township).
            return AdministrativeLevels.DivisionAt(caseDivisionCode, level);
        }
        return new[] { known }.Concat(Ancestors(known.Code)).FirstOrDefault(d => d.Level == level)?.Code;
    }
}
