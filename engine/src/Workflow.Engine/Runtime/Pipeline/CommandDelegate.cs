namespace Workflow.Engine.Runtime.Pipeline;

/// <summary>The rest of the command pipeline, as seen by one middleware: call it to run the command.</summary>
public delegate ValueTask CommandDelegate(CommandContext context);
