using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Views;

/// <summary>One source of the 家庭经济状况核对 as the case shows it.</summary>
public sealed record CheckView(string CheckId, string Source, string SourceName, string Status, string StatusName, int Attempts, DateTimeOffset DueAt, string? Result)
{
    public static CheckView From(CheckRecord c) => new(c.Id, c.Source, Workflow.Casework.FinancialCheckSources.NameOf(c.Source), c.Status, c.Status switch
    {
        "answered" => "已返回",
        "timed-out" => "超时未返回，需人工跟进",
        _ => c.Attempts > 1 ? $"等待返回（第 {c.Attempts} 次请求）" : "等待返回",
    }, c.Attempts, c.DueAt, c.Result);
}
