using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>The vacancy walk and the reasons it records.</summary>
public sealed partial class OrganisationDirectory
{
    private Assignment Walk(AssignmentRequest request, string start, string subject, Func<string, List<Holder>> holdersAt)
    {
        var avoided = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var division in Path(start))
        {
            var holders = holdersAt(division);
            var eligible = new List<Holder>();
            foreach (var h in holders)
            {
                if (h.User.MustAvoid(request.ApplicantIdNumber))
                {
                    avoided.Add(h.User.Id);
                }
                else
                {
                    eligible.Add(h);
                }
            }
            if (eligible.Count == 0)
            {
                continue;
            }
            var note = avoided.Count > 0 ? $"；回避排除 {string.Join("、", avoided)}" : "";
            var candidates = eligible.Select(h => new Candidate(h.User.Id, Reason(h) + note)).ToList();
            var fallback = division == start ? null : $"{subject} @ {start} 空缺，按规则上提至 {division}{note}";
            return new Assignment(division, candidates, fallback);
        }
        // Nobody anywhere up the tree. An empty list alone would read as "anyone holding the post", so the Fallback
        // text must be set: callers treat (no candidates, Fallback set) as "needs manual assignment".
        var none = avoided.Count > 0 ? $"；回避排除 {string.Join("、", avoided)}" : "";
        return new Assignment(start, [], $"{subject} @ {start} 及其上级均无可用人员，需人工指派{none}");
    }

    /// <summary>The division and its ancestors by the tree; an unregistered code is followed by its nearest known one.</summary>
    private IEnumerable<string> Path(string start)
    {
        yield return start;
        var known = Organisation.NearestKnown(start);
        if (known is null)
        {
            yield break;
        }
        if (known.Code != start)
        {
            yield return known.Code;
        }
        foreach (var ancestor in Organisation.Ancestors(known.Code))
        {
            yield return ancestor.Code;
        }
    }

    private static string Reason(Holder h) => h.Assignment.DepartmentCode is null
        ? $"持有岗位 {h.Assignment.PostCode} @ {h.Assignment.DivisionCode}"
        : $"持有岗位 {h.Assignment.PostCode} @ {h.Assignment.DivisionCode}（部门 {h.Assignment.DepartmentCode}）";
}
