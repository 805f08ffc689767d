using System.Globalization;
using Workflow.Engine.Definitions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Serialization;

/// <summary>What one read of a definition collects as it goes: its errors and every node by id.</summary>
internal sealed class DefinitionReadContext(List<DefinitionError> errors)
{
    public List<DefinitionError> Errors { get; } = errors;

    public Dictionary<string, ActivityNode> Nodes { get; } = new(StringComparer.Ordinal);

    public string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
