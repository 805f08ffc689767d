namespace Workflow.Casework;

/// <summary>One data row of an import file, with its values by column name and where it came from.</summary>
internal sealed class CsvRecord(string file, int line, Dictionary<string, string> values)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string this[string column] => values[column];
}
