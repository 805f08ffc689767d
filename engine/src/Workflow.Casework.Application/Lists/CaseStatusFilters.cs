using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// The status choices of 案件查询, each a key for the URL, the stored statuses it covers and its Chinese name from
/// <see cref="StatusNames"/>. A running case is stored as Executing or Suspended, which people call one thing: 办理中.
/// </summary>
public static class CaseStatusFilters
{
    public static readonly IReadOnlyList<CaseStatusFilter> All =
    [
        new("open", "办理中", [WorkflowSubStatus.Executing, WorkflowSubStatus.Suspended]),
        new("finished", StatusNames.Of(WorkflowSubStatus.Finished), [WorkflowSubStatus.Finished]),
        new("withdrawn", StatusNames.Of(WorkflowSubStatus.Withdrawn), [WorkflowSubStatus.Withdrawn, WorkflowSubStatus.Cancelled]),
        new("terminated", StatusNames.Of(WorkflowSubStatus.Terminated), [WorkflowSubStatus.Terminated]),
        new("lapsed", StatusNames.Of(WorkflowSubStatus.ClosedForMissingMaterial), [WorkflowSubStatus.ClosedForMissingMaterial]),
        new("faulted", StatusNames.Of(WorkflowSubStatus.Faulted), [WorkflowSubStatus.Faulted]),
    ];

    public static CaseStatusFilter? Find(string? key) => All.FirstOrDefault(f => f.Key == key?.Trim());
}

/// <summary>One status choice of 案件查询 (<see cref="CaseStatusFilters"/>).</summary>
public sealed record CaseStatusFilter(string Key, string Name, IReadOnlyList<WorkflowSubStatus> Statuses);
