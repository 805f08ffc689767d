namespace Workflow.Engine.Persistence.Writing;

/// <summary>One statement of a commit. <paramref name="Guard"/>: the commit lost unless it affects exactly one row.</summary>
internal sealed record Statement(string Sql, StatementParameters Parameters, bool Guard = false);
