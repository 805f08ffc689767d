using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.WriteLine</c>: a null text writes an empty line, as Elsa does.</summary>
internal sealed class WriteLineBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var text = context.EvaluateString("text") ?? "";
        // Elsa's test writer splits on \n and trims a trailing \r; we record lines the same way.
        foreach (var line in text.Split('\n'))
        {
            context.WriteLine(line.TrimEnd('\r'));
        }
        context.Complete(ActivityDescriptor.Done);
    }
}
