using System.Text;

namespace Workflow.Casework;

/// <summary>
/// Minimal RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A leading BOM (Excel) is ignored.
/// </summary>
internal static class Csv
{
    /// <summary>A record and the 1-based line it starts on.</summary>
    internal sealed record Row(int Line, IReadOnlyList<string> Fields);

    /// <summary>Records, skipping blank lines; <paramref name="error"/> is set for an unterminated quote.</summary>
    public static List<Row> Parse(string text, out (int Line, string Message)? error)
    {
        error = null;
        var rows = new List<Row>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow(rows, fields, field, start);
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            error = (start, "引号未闭合");
            return rows;
        }
        EndRow(rows, fields, field, start);
        return rows;
    }

    private static void EndRow(List<Row> rows, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            rows.Add(new Row(line, [.. fields]));
        }
        fields.Clear();
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Escape)) + "\n";

    private static string Escape(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
