using Microsoft.Extensions.Time.Testing;

namespace Workflow.Casework.Tests;

/// <summary>The casework library stays pure: no database, broker, web or HTTP assemblies; time only via TimeProvider.</summary>
public sealed class CaseworkDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "Dapper", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "System.Data.SqlClient",
        "MassTransit", "RabbitMQ.Client", "Microsoft.AspNetCore", "System.Net.Http",
    ];

    [Fact]
    public void Casework_ReferencesNoIoAssemblies()
    {
        var references = typeof(Organisation).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void ClockDependentChecks_TakeATimeProvider()
    {
        var id = TestIds.Make("500113", "20261201", 1);
        var before = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var after = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)); // 2026-12-01 00:00 in China
        Assert.Equal("身份证号中的出生日期晚于今天", ChineseIdNumber.Validate(id, before));
        Assert.Null(ChineseIdNumber.Validate(id, after));

        var form = TestForms.Scenario1() with { Household = [new HouseholdMember("新生儿", "子女", id)] };
        Assert.Single(ApplicationValidator.Validate(form, null, ServiceCatalogue.Builtin, before));
        Assert.Empty(ApplicationValidator.Validate(form, null, ServiceCatalogue.Builtin, after));
    }
}
