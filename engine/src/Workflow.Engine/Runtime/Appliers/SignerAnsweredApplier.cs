using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class SignerAnsweredApplier
{
    public static void Apply(InstanceState s, SignerAnswered e)
    {
        var signers = s.TasksMutable[e.TaskId].Signers;
        var index = signers.FindIndex(x => x.UserId == e.UserId);
        signers[index] = signers[index] with { Outcome = e.Outcome, Comment = e.Comment, At = e.At };
    }
}
