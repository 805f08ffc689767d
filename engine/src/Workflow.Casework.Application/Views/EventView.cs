using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Views;

/// <summary>One committed event; <c>$event</c> inside names its type. <paramref name="Sequence"/> starts at 1.</summary>
public sealed record EventView(long Sequence, WorkflowEvent Event);
