using Workflow.Casework.Application;

namespace Workflow.Casework.Tests;

/// <summary>
/// The casework application layer has no HTTP in it (issue 13): the web calls its services and keeps the endpoints and
/// pages, so the same use cases could serve another host.
/// </summary>
public sealed class ApplicationLayerDependencyTests
{
    [Fact]
    public void ApplicationLayer_References_NoAspNetCore()
    {
        var references = typeof(IntakeService).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationServices_TakeAtMostSixDependencies()
    {
        // The ApplicationService this layer replaced took nine; a service that needs more than six does several jobs.
        // Records (values, not services) are left out: their constructor parameters are their fields.
        var services = typeof(IntakeService).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(IntakeService).Namespace && t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is null)
            .SelectMany(t => t.GetConstructors().Select(c => (t.Name, Dependencies: c.GetParameters().Length)))
            .ToList();

        Assert.NotEmpty(services);
        Assert.All(services, s => Assert.True(s.Dependencies <= 6, $"Expected {s.Name} to take at most 6 dependencies, but it takes {s.Dependencies}."));
    }
}
