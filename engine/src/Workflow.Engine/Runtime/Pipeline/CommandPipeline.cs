namespace Workflow.Engine.Runtime.Pipeline;

/// <summary>
/// The middleware chained around the executor's own work, composed once when the executor is built: a command costs
/// one delegate call per middleware and no allocation of its own.
/// </summary>
internal static class CommandPipeline
{
    /// <summary>The first middleware in the list is the outermost.</summary>
    public static CommandDelegate Build(IReadOnlyList<ICommandMiddleware> middleware, CommandDelegate terminal)
    {
        var next = terminal;
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            var step = middleware[i];
            var inner = next;
            next = context => step.InvokeAsync(context, inner);
        }
        return next;
    }
}
