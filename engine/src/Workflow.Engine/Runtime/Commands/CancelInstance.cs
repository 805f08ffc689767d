using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>End a case by hand: 撤销 (Withdrawn, applicant or window) or 终止 (Terminated, an officer), with a reason.</summary>
public sealed record CancelInstance(string InstanceId, Actor Actor, CaseEndKind Kind, string Reason) : WorkflowCommand(InstanceId), IActorCommand;
