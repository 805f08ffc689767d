using Microsoft.Extensions.Options;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>Rejects timer settings that would spin, stall or let two hosts fire one timer, at start-up.</summary>
internal sealed class TimerPumpOptionsValidator : IValidateOptions<TimerPumpOptions>
{
    public ValidateOptionsResult Validate(string? name, TimerPumpOptions options)
    {
        List<string> failures = [];
        if (options.Interval <= TimeSpan.Zero || options.Interval > TimeSpan.FromHours(1))
        {
            failures.Add($"{TimerPumpOptions.Section}:Interval 必须在 0 到 1 小时之间（当前 {options.Interval}）。");
        }
        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"{TimerPumpOptions.Section}:BatchSize 必须在 1 到 10000 之间（当前 {options.BatchSize}）。");
        }
        if (options.Lease <= options.Interval)
        {
            failures.Add($"{TimerPumpOptions.Section}:Lease 必须长于 Interval（当前 {options.Lease}）。");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
