using System.Globalization;
using System.Reflection;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Schema;

/// <summary>Finds a dialect's embedded scripts, ordered by the number their file name starts with.</summary>
public static class MigrationScripts
{
    private const string Prefix = "Workflow.Engine.Persistence.Schema.";

    public static IReadOnlyList<Migration> For(SqlDialect dialect)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var folder = Prefix + dialect.Name + "/";
        var scripts = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(folder, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var file = name[folder.Length..^".sql".Length];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Expected migration '{name}' to be named NNNN_name.sql, but it is not.");
            }
            scripts.Add(new Migration(version, file[(underscore + 1)..], Read(assembly, resource)));
        }
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        if (ordered.Select(s => s.Version).Distinct().Count() != ordered.Count)
        {
            throw new InvalidOperationException($"Expected one script per version for dialect '{dialect.Name}', but a version repeats.");
        }
        return ordered;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
