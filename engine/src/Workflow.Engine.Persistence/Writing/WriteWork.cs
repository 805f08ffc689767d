using System.Data.Common;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// One unit of writing inside a transaction. It returns whether to keep what it wrote: false undoes it (a version
/// conflict, a repeated request key) without failing the transaction others share.
/// </summary>
internal delegate Task<WriteOutcome<T>> WriteWork<T>(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

internal readonly record struct WriteOutcome<T>(bool Keep, T Value);
