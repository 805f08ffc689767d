namespace Workflow.Testing;

/// <summary>Finds the repository root (where Workflow.sln lives) and the shared folder beside it.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>CI clones the repository with <c>shared/</c> beside it; developers have it at ../shared too.</summary>
    public static string Compat => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "compat", "elsa"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Expected to run inside the repository, but Workflow.sln was not found above the test folder.");
    }
}
