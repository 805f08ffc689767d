namespace Workflow.Casework.Application.Lists;

/// <summary>The lists' one reading of a text filter as typed (案件查询, 受理记录, the inbox).</summary>
public static class FilterText
{
    /// <summary>Trimmed, at most 64 characters, and null when blank.</summary>
    public static string? Of(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 64)];
}
