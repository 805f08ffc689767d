using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Processors;

namespace Workflow.Engine.Tests.Architecture;

/// <summary>The registry is the one place a command finds its processor, so it must know every command (issue 13).</summary>
public sealed class CommandProcessorsTests
{
    [Fact]
    public void Registry_EveryCommandType_HasItsOwnProcessor()
    {
        var commands = typeof(WorkflowExecutor).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(WorkflowCommand)) && !t.IsAbstract)
            .ToList();

        var missing = commands.Where(c => CommandProcessors.For(c)?.CommandType != c).Select(c => c.Name).ToList();

        Assert.NotEmpty(commands);
        Assert.True(missing.Count == 0, $"No processor for {string.Join(", ", missing)}");
    }

    [Fact]
    public void Check_SeesNoBurst_SoItCannotEmit()
    {
        var checkParameters = typeof(ICommandProcessor).GetMethod(nameof(ICommandProcessor.Check))!.GetParameters();

        Assert.DoesNotContain(checkParameters, p => p.ParameterType.GetElementType() == typeof(Burst) || p.ParameterType == typeof(Burst));
        Assert.DoesNotContain(typeof(CheckView).GetProperties(), p => p.PropertyType == typeof(Burst));
    }
}
