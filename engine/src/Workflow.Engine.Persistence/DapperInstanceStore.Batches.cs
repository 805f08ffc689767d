using Workflow.Engine.Persistence.Writing;

namespace Workflow.Engine.Persistence;

/// <summary>Multi-row statements, shared by every table a commit writes to.</summary>
public sealed partial class DapperInstanceStore
{
    /// <summary>
    /// Writes <paramref name="items"/> <see cref="RowsPerStatement"/> rows per statement, to stay under every database's
    /// parameter limit. <paramref name="bindRow"/> adds the parameters of item <c>i</c> as row <c>r</c> of its statement;
    /// <paramref name="shared"/> adds those every statement needs once. With <paramref name="into"/> (SQL Server's single
    /// round trip) all statements share one parameter set.
    /// </summary>
    private void AddBatched<T>(IReadOnlyList<T> items, List<Statement> statements, StatementParameters? into,
        Func<int, string> sql, Action<StatementParameters, int, int> bindRow, Action<StatementParameters>? shared = null)
    {
        for (var start = 0; start < items.Count; start += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, items.Count - start);
            var p = into ?? new StatementParameters(_dialect);
            shared?.Invoke(p);
            for (var r = 0; r < rows; r++)
            {
                bindRow(p, start + r, r);
            }
            statements.Add(new Statement(sql(rows), p));
        }
    }
}
