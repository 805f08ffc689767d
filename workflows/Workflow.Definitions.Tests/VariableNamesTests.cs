using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Activities.Design;

namespace Workflow.Definitions.Tests;

/// <summary>The designer shows every shipped variable by a Chinese name (issue 12): none is left as its code alone.</summary>
public sealed class VariableNamesTests
{
    [Fact]
    public void VariableNames_EveryShippedVariable_HasAChineseName()
    {
        // Given
        var variables = DefinitionFiles.All().SelectMany(f => DefinitionFiles.Load(f).Variables.Select(v => (File: f, v.Name)));

        // When
        var unnamed = variables.Where(v => VariableNames.Of(v.Name) is null).Select(v => $"{v.File}: {v.Name}").Distinct().ToList();

        // Then
        Assert.Empty(unnamed);
    }
}
