namespace Workflow.Engine.Tests.Calendar;

/// <summary>An administrator's calendar folder in the temp directory, removed after the test.</summary>
internal sealed class TempCalendarDirectory : IDisposable
{
    public TempCalendarDirectory(params (string Name, string Json)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wf-calendar-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        foreach (var (name, json) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, name), json);
        }
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
