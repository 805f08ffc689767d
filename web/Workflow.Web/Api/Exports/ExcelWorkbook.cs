using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace Workflow.Web.Api.Exports;

/// <summary>
/// Rows → an .xlsx file with MiniExcel: one sheet of the rows under Chinese headers, and a 说明 sheet that says what was
/// exported, when and by whom, and whether the export was cut at its cap. Only maps; the rows come masked from the
/// casework services (<see cref="Workflow.Casework.Application.Lists.ListExport"/>).
/// </summary>
public static class ExcelWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(ExcelSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var table = new DataTable(sheet.Title) { Locale = CultureInfo.InvariantCulture };
        foreach (var header in sheet.Headers)
        {
            table.Columns.Add(header, typeof(string));
        }
        foreach (var row in sheet.Rows)
        {
            table.Rows.Add(row.Cast<object?>().ToArray());
        }
        using var notes = new DataTable("说明") { Locale = CultureInfo.InvariantCulture };
        notes.Columns.Add("项目", typeof(string));
        notes.Columns.Add("内容", typeof(string));
        foreach (var (name, value) in sheet.Notes)
        {
            notes.Rows.Add(name, value);
        }
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [sheet.Title] = table, ["说明"] = notes });
        return stream.ToArray();
    }
}
