namespace Workflow.Web.Ui.Flowcharts;

/// <summary>How far the case got with a step of its flowchart.</summary>
public enum StepState
{
    NotReached,
    Visited,
    Current,
}
