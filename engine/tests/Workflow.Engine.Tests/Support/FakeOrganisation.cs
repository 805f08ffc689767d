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

    public List<AssignmentRequest> Requests { get; } = [];

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
