using System.Text.Json.Nodes;
using Workflow.Engine.Runtime;
using Workflow.Engine.State;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// Case facts activities read: a variable if set, else the workflow input of the same name. The division is
/// <c>divisionCode</c>; the service item <c>serviceItem</c>; the applicant's ID number <c>applicantIdNumber</c>. The
/// store's division column and every view read the division here too, so a list and a read never disagree on it.
/// </summary>
public static class CaseDivision
{
    internal static string? Of(ActivityContext context) => Value(context, CaseInputKeys.DivisionCode);

    /// <summary>The division of a case as it stands: the <c>divisionCode</c> variable if set, else the input's.</summary>
    public static string? Of(State.IInstanceView instance) => Value(instance, CaseInputKeys.DivisionCode);

    internal static string? Value(ActivityContext context, string key)
    {
        if (context.Variables.TryGetVariable(key, out var v) && v is JsonValue value && value.TryGetValue<string>(out var fromVariable))
        {
            return fromVariable;
        }
        return FromInput(context.Instance.Input, key);
    }

    /// <summary>The same fact read outside an activity (a command's checks): a root variable first, then the input.</summary>
    public static string? Value(State.IInstanceView state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Variables.TryGetValue(key, out var variable) && variable is JsonValue v && v.TryGetValue<string>(out var fromVariable))
        {
            return fromVariable;
        }
        return FromInput(state.Input, key);
    }

    private static string? FromInput(JsonObject? input, string key) =>
        input?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
