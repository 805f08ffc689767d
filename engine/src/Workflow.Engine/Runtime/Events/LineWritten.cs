namespace Workflow.Engine.Runtime.Events;

/// <summary>An <c>Elsa.WriteLine</c> wrote one line.</summary>
public sealed record LineWritten(string NodeId, string Text) : WorkflowEvent;
