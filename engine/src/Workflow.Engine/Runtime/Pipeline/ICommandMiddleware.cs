namespace Workflow.Engine.Runtime.Pipeline;

/// <summary>
/// One named step around every command the executor runs, whoever sent it (HTTP, a bus consumer, the timer pump): the
/// place for cross-cutting work such as metrics and logging, in the shape of Elsa 3's workflow-execution middleware.
/// Middleware sees the command before it runs and its <see cref="CommandContext.Result"/> after; it never changes
/// state. A host registers its middleware as services; the executor builds the pipeline once (issue 13).
/// </summary>
public interface ICommandMiddleware
{
    ValueTask InvokeAsync(CommandContext context, CommandDelegate next);
}
