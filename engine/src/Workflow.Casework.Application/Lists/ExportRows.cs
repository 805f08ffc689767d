namespace Workflow.Casework.Application.Lists;

/// <summary>The rows of an export and how many matched in all: fewer rows than <paramref name="Total"/> means the export was cut at <see cref="ListExport.MaxRows"/>.</summary>
public sealed record ExportRows<T>(IReadOnlyList<T> Rows, int Total)
{
    public bool Capped => Total > Rows.Count;
}
