using System.Reflection;
using Workflow.Engine.Definitions;
using Workflow.Engine.Serialization;

namespace Workflow.Definitions.Tests.Support;

/// <summary>
/// The definition files as the test run sees them: the copies the csproj glob puts in the output folder, and the
/// source folder they came from (recorded at build time) so the two can be compared.
/// </summary>
internal static class DefinitionFiles
{
    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "definitions");

    /// <summary>The repository's <c>workflows/</c> folder.</summary>
    public static string SourceWorkflowsFolder { get; } = typeof(DefinitionFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WorkflowsFolder").Value!;

    /// <summary>Every copied definition, as a path relative to the definitions folder with forward slashes.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.Exists(OutputFolder)
            ? Directory.EnumerateFiles(OutputFolder, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(OutputFolder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(OutputFolder, relativePath));

    /// <summary>Reads a definition that must be valid; the errors are the failure message otherwise.</summary>
    public static WorkflowDefinition Load(string relativePath)
    {
        var result = DefinitionReader.Read(Bytes(relativePath));
        Assert.True(result.IsValid, $"{relativePath} is not valid:\n{string.Join('\n', result.Errors)}");
        return result.Definition!;
    }
}
