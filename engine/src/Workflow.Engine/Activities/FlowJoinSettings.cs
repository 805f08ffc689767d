using Workflow.Engine.Definitions;

namespace Workflow.Engine.Activities;

/// <summary>An explicit <c>Elsa.FlowJoin</c>: WaitAll behaves as <see cref="MergeMode.Converge"/>, WaitAny as <see cref="MergeMode.Race"/>.</summary>
internal sealed record FlowJoinSettings(MergeMode Mode);
