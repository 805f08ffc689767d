namespace Workflow.Engine.Runtime.Events;

/// <summary>How a case is ended by hand: 撤销 by the applicant or the window, or 终止 by an officer.</summary>
public enum CaseEndKind
{
    Withdrawn,
    Terminated,
}
