using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>The case's division: the <c>divisionCode</c> variable if set, else the <c>divisionCode</c> workflow input.</summary>
internal static class CaseDivision
{
    public const string Key = "divisionCode";

    public static string? Of(ActivityContext context)
    {
        if (context.Variables.TryGetVariable(Key, out var v) && v is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var fromVariable))
        {
            return fromVariable;
        }
        return context.Instance.Input?[Key] is System.Text.Json.Nodes.JsonValue input && input.TryGetValue<string>(out var fromInput) ? fromInput : null;
    }
}
