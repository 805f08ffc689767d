using Workflow.Casework.Application.Views;

namespace Workflow.Web.Ui.Flowcharts;

/// <summary>A business step of the case's flowchart with how far the case got, and the tasks open on it now.</summary>
public sealed record FlowStep(string Id, string Name, string Kind, int Rank, StepState State, IReadOnlyList<TaskView> OpenTasks);
