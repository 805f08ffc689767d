using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class StartInstanceProcessor : CommandProcessor<StartInstance>
{
    public override Rejection? Check(in CheckView view, StartInstance command)
    {
        if (string.IsNullOrWhiteSpace(command.InstanceId) || command.InstanceId.Length > 64)
        {
            return Rejection.Invalid("Expected an instance id of 1 to 64 characters, but got none or a longer one.", "instanceId");
        }
        if (view.Instance.Version > 0)
        {
            return Rejection.Conflict($"Expected to start instance '{command.InstanceId}', but it already exists.");
        }
        return null;
    }

    public override void Run(Burst burst, StartInstance command) => burst.Start(command.InstanceId, command.Input);
}
