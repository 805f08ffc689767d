using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class DeliberationRecordedApplier
{
    public static void Apply(InstanceState s, DeliberationRecorded e) =>
        s.TasksMutable[e.TaskId].Deliberations.Add(new Deliberation(e.ActorId, e.Attendees, e.VotesFor, e.VotesAgainst, e.Abstentions, e.Minutes, e.At));
}
