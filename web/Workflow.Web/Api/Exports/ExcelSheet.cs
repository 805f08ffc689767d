namespace Workflow.Web.Api.Exports;

/// <summary>One exported list: its sheet name, Chinese headers, text rows, and the notes of the 说明 sheet.</summary>
public sealed record ExcelSheet(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<(string Name, string Value)> Notes);
