using Workflow.Casework.Application.Views;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// The status choices of 案件查询, 受理记录 and the inbox: the groups of <see cref="StatusNames"/>, so a filter's label is
/// always the name the list shows.
/// </summary>
public static class CaseStatusFilters
{
    public static IReadOnlyList<StatusGroup> All => StatusNames.Groups;

    public static StatusGroup? Find(string? key) => All.FirstOrDefault(f => f.Key == key?.Trim());
}
