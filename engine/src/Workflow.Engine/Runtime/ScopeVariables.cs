using System.Text.Json.Nodes;
using Workflow.Engine.Expressions;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>Variable lookup for one scope: its locals, its ancestors' locals, then workflow variables.</summary>
internal sealed class ScopeVariables(Burst burst, string scopeId) : IEvaluationScope
{
    public JsonObject? Input => burst.State.Input;

    public IEnumerable<string> VariableNames
    {
        get
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var scope = Find(scopeId); scope is not null; scope = Find(scope.ParentScopeId))
            {
                names.UnionWith(scope.Locals.Keys);
            }
            names.UnionWith(burst.State.Variables.Keys);
            names.UnionWith(burst.Definition.Variables.Select(v => v.Name));
            return names;
        }
    }

    public bool TryGetVariable(string name, out JsonNode? value)
    {
        for (var scope = Find(scopeId); scope is not null; scope = Find(scope.ParentScopeId))
        {
            if (scope.Locals.TryGetValue(name, out value))
            {
                return true;
            }
        }
        if (burst.State.Variables.TryGetValue(name, out value))
        {
            return true;
        }
        foreach (var declared in burst.Definition.Variables)
        {
            if (declared.Id == name)
            {
                return burst.State.Variables.TryGetValue(declared.Name, out value);
            }
        }
        value = null;
        return false;
    }

    public void SetVariable(string name, JsonNode? value)
    {
        for (var scope = Find(scopeId); scope is not null; scope = Find(scope.ParentScopeId))
        {
            if (scope.Locals.ContainsKey(name))
            {
                burst.Emit(new VariableSet(scope.ScopeId, name, value));
                return;
            }
        }
        burst.Emit(new VariableSet(null, name, value));
    }

    private ScopeState? Find(string? id) =>
        id is not null && burst.State.Scopes.TryGetValue(id, out var scope) ? scope : null;
}
