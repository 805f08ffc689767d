using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Workflow.Testing;

/// <summary>Time that moves only when a test says so: the library's <see cref="FakeTimeProvider"/>, started at an ISO time.</summary>
public static class Clocks
{
    public static FakeTimeProvider At(string iso) => new(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUniversalTime());
}
