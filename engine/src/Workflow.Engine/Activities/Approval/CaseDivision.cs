using System.Text.Json.Nodes;
using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// Case facts activities read: a variable if set, else the workflow input of the same name. The division is
/// <c>divisionCode</c>; the service item <c>serviceItem</c>; the applicant's ID number <c>applicantIdNumber</c>.
/// </summary>
internal static class CaseDivision
{
    public const string Key = "divisionCode";

    public const string ServiceItemKey = "serviceItem";

    public const string ApplicantKey = "applicantIdNumber";

    public static string? Of(ActivityContext context) => Value(context, Key);

    public static string? Value(ActivityContext context, string key)
    {
        if (context.Variables.TryGetVariable(key, out var v) && v is JsonValue value && value.TryGetValue<string>(out var fromVariable))
        {
            return fromVariable;
        }
        return context.Instance.Input?[key] is JsonValue input && input.TryGetValue<string>(out var fromInput) ? fromInput : null;
    }
}
