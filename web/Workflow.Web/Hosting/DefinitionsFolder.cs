namespace Workflow.Web.Hosting;

/// <summary>Where the definition files are: the configured folder, or the nearest <c>workflows/definitions</c> above us.</summary>
internal static class DefinitionsFolder
{
    public static string? Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }
        // `dotnet run` starts in web/Workflow.Web and a published host in its bin folder; both sit below the repository.
        return FindAbove(contentRoot) ?? FindAbove(AppContext.BaseDirectory);
    }

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows", "definitions");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
