using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// An organisation for tests: users per post and office. A vacant office falls back to the one above, as the
/// casework resolver does, and says so. Every request is kept so tests can see what the engine asked.
/// </summary>
public sealed class FakeOrganisation : IAssignmentResolver
{
    private readonly Dictionary<(string Post, string Division), List<string>> _users = [];

    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);

    public List<AssignmentRequest> Requests { get; } = [];

    /// <summary>The roles and reasons asked of <see cref="RefuseHolder"/>, in order.</summary>
    public List<(string UserId, HolderRole Role)> HolderChecks { get; } = [];

    /// <summary>Makes <see cref="RefuseHolder"/> refuse <paramref name="userId"/> for every role.</summary>
    public FakeOrganisation Refusing(string userId, string reason)
    {
        _refused[userId] = reason;
        return this;
    }

    public string? RefuseHolder(AssignmentRequest request, string userId, HolderRole role)
    {
        HolderChecks.Add((userId, role));
        return _refused.GetValueOrDefault(userId);
    }

    public FakeOrganisation With(string post, string division, params string[] users)
    {
        _users[(post, division)] = [.. users];
        return this;
    }

    public Assignment Resolve(AssignmentRequest request)
    {
        Requests.Add(request);
        if (request.Post is null || request.DivisionCode is null)
        {
            return Assignment.Unresolved(request);
        }
        if (_users.TryGetValue((request.Post, request.DivisionCode), out var here))
        {
            return new Assignment(request.DivisionCode, here.Select(u => new Candidate(u, $"持有岗位 {request.Post} @ {request.DivisionCode}")).ToList());
        }
        // Vacant: the office one level up (township → district), if it has the post.
        var above = DivisionCode.Parse(request.DivisionCode).At(AdministrativeLevel.District).Value;
        if (_users.TryGetValue((request.Post, above), out var up))
        {
            return new Assignment(above, up.Select(u => new Candidate(u, $"持有岗位 {request.Post} @ {above}")).ToList(),
                $"岗位 {request.Post} @ {request.DivisionCode} 空缺，按规则由上级 {above} 办理");
        }
        return Assignment.Unresolved(request);
    }
}
