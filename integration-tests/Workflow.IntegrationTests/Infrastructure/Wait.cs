namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>Waits on a condition, never on a fixed time: polls until it holds and fails with a description at the deadline.</summary>
public static class Wait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var ticks = new PeriodicTimer(Poll);
        while (!await condition())
        {
            try
            {
                await ticks.WaitForNextTickAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                if (await condition())
                {
                    return;
                }
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for: {describe()}");
            }
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, describe);
}
