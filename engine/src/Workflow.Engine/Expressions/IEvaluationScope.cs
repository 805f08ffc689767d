using System.Text.Json.Nodes;

namespace Workflow.Engine.Expressions;

/// <summary>What an expression can see: variables (locals first, then workflow variables) and the workflow input.</summary>
public interface IEvaluationScope
{
    IEnumerable<string> VariableNames { get; }

    bool TryGetVariable(string name, out JsonNode? value);

    void SetVariable(string name, JsonNode? value);

    JsonObject? Input { get; }
}
