namespace Workflow.Web.Ui.Flowcharts;

/// <summary>One activity as a box; <see cref="Label"/> is shortened to fit, <see cref="FullName"/> is its tooltip.</summary>
public sealed record DiagramBox(string ActivityId, string Label, string FullName, string Type, int Layer, double X, double Y, StepState State)
{
    public double CenterX => X + FlowchartLayout.BoxWidth / 2;
}
