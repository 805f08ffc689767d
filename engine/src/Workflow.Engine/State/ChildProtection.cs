using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>
/// Whether a case is a child-protection or orphan case: its input's <see cref="CaseInputKeys.ChildProtection"/> is true. Such a case is
/// never published in a 公示 and is seen only by the posts its rules name; this is the one place that reads the flag.
/// </summary>
public static class ChildProtection
{
    public static bool Of(JsonNode? input) => input?[CaseInputKeys.ChildProtection] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
