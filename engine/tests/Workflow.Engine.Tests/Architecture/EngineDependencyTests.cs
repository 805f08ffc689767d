using Workflow.Engine.Runtime;

namespace Workflow.Engine.Tests.Architecture;

/// <summary>The engine core stays free of I/O packages (house style rule 7).</summary>
public sealed class EngineDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "Dapper", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "System.Data.SqlClient",
        "MassTransit", "RabbitMQ.Client", "Microsoft.AspNetCore", "System.Net.Http",
    ];

    [Fact]
    public void EngineCore_ReferencesNoDatabaseBrokerOrWebAssembly()
    {
        var references = typeof(WorkflowExecutor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var offending = references.Where(r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.True(offending.Count == 0, $"Workflow.Engine references {string.Join(", ", offending)}");
    }

    [Fact]
    public void EngineCore_NeverReadsTheSystemClock()
    {
        // Time comes only from the injected TimeProvider: a search of the sources keeps it that way.
        var sources = Directory.GetFiles(Path.Combine(Paths.RepoRoot, "engine", "src", "Workflow.Engine"), "*.cs", SearchOption.AllDirectories);
        var offenders = sources.Where(f => File.ReadAllText(f) is var s
            && (s.Contains("DateTime.Now", StringComparison.Ordinal) || s.Contains("DateTime.UtcNow", StringComparison.Ordinal)
                || s.Contains("DateTimeOffset.Now", StringComparison.Ordinal) || s.Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal)))
            .Select(Path.GetFileName).ToList();
        Assert.True(offenders.Count == 0, $"System clock read in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void EngineCore_DoesNoFileSystemIo()
    {
        // Files are read by the hosts and the CLI and handed in (the calendar folder: Workflow.Engine.Hosting).
        string[] io = ["File.", "Directory.", "FileInfo", "FileStream", "DirectoryInfo"];
        var sources = Directory.GetFiles(Path.Combine(Paths.RepoRoot, "engine", "src", "Workflow.Engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var offenders = sources.Where(f => File.ReadAllText(f) is var s && io.Any(token => s.Contains(token, StringComparison.Ordinal)))
            .Select(Path.GetFileName).ToList();
        Assert.True(offenders.Count == 0, $"File-system I/O in the core: {string.Join(", ", offenders)}");
    }
}
