using Workflow.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application;

/// <summary>
/// The organisation and the routing rules the host works with right now, as immutable snapshots swapped whole when an
/// administrator saves a new version. The engine asks it for candidates and routing rules through its ports; each
/// answer is recorded in the task's event, so a later edit never changes what a past task said.
/// </summary>
public sealed class CaseworkDirectory : IAssignmentResolver, IRoutingTable
{
    private volatile Snapshot _current = new(Organisation.Empty, 0, new OrganisationDirectory(Organisation.Empty), RoutingRuleSet.Empty, 0, []);

    public Organisation Organisation => _current.Organisation;

    public long OrganisationVersion => _current.OrganisationVersion;

    public RoutingRuleSet Routing => _current.Routing;

    public long RoutingVersion => _current.RoutingVersion;

    public void Use(Organisation organisation, long version) =>
        _current = _current with { Organisation = organisation, OrganisationVersion = version, Resolver = new OrganisationDirectory(organisation) };

    public void Use(RoutingRuleSet routing, long version) => _current = _current with { Routing = routing, RoutingVersion = version };

    /// <summary>The leave cover (代理) in force now or later; new tasks add the deputies of away candidates (<see cref="LeaveCover"/>).</summary>
    public IReadOnlyList<DeputyArrangement> Deputies => _current.Deputies;

    public void Use(IReadOnlyList<DeputyArrangement> deputies) => _current = _current with { Deputies = deputies };

    public Assignment Resolve(AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = _current;
        var assignment = current.Resolver.Resolve(request);
        // A deputy must pass the same test as anyone handed a case to read: active, not recused, in an office whose area holds it.
        return request.At is { } at
            ? LeaveCover.AddDeputies(assignment, current.Deputies, ChinaTime.DayOf(at), id => current.Resolver.RefuseHolder(request, id, HolderRole.Reader) is null)
            : assignment;
    }

    public string? RefuseHolder(AssignmentRequest request, string userId, HolderRole role) => _current.Resolver.RefuseHolder(request, userId, role);

    public RoutingRule? Find(string serviceItem, string? divisionCode) => _current.Routing.Find(serviceItem, divisionCode);

    private sealed record Snapshot(Organisation Organisation, long OrganisationVersion, OrganisationDirectory Resolver, RoutingRuleSet Routing, long RoutingVersion,
        IReadOnlyList<DeputyArrangement> Deputies);
}
