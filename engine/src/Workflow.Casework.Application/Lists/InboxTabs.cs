using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>The inbox's tabs (待办 · 已办 · 抄送 · 超期): the key the page and <c>/api/inbox?box=</c> take, and the Chinese name.</summary>
public static class InboxTabs
{
    public static IReadOnlyList<(InboxBox Tab, string Key, string Name)> All { get; } =
    [
        (InboxBox.ToDo, "todo", "待办"),
        (InboxBox.Done, "done", "已办"),
        (InboxBox.Copied, "cc", "抄送"),
        (InboxBox.Overdue, "overdue", "超期"),
    ];

    /// <summary>The tab of <paramref name="key"/>; null for a key that names none.</summary>
    public static InboxBox? Find(string? key) => All.Where(t => t.Key == key?.Trim()).Select(t => (InboxBox?)t.Tab).FirstOrDefault();

    public static string KeyOf(InboxBox tab) => All.First(t => t.Tab == tab).Key;

    public static string NameOf(InboxBox tab) => All.First(t => t.Tab == tab).Name;
}
