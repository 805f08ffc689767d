using System.Text.Json.Nodes;

namespace Workflow.Engine.Definitions;

/// <summary>A workflow variable declaration. Elsa stores the initial value as a string whatever the type.</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName, JsonNode? InitialValue);
