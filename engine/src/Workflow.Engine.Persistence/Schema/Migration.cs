namespace Workflow.Engine.Persistence.Schema;

/// <summary>One embedded migration script: <c>Schema/&lt;dialect&gt;/0001_initial.sql</c> is version 1, "initial".</summary>
public sealed record Migration(int Version, string Name, string Script);
