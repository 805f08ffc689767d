using System.Diagnostics;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// Inbox query latency at 1M open tasks through the store's own methods (connection, query, mapping): my tasks (a
/// heavy officer one time in five), tasks for my post in my three townships, overdue, and the count badge.
/// </summary>
internal static class InboxBench
{
    public static async Task<string> RunAsync(BenchOptions options)
    {
        await using var db = await BenchDatabase.CreateAsync(options);
        var now = DateTimeOffset.UtcNow;
        var seeding = Stopwatch.StartNew();
        await InboxSeeder.SeedAsync(db, options.Open, now);
        Console.Error.WriteLine($"inbox: {options.Open * 2:N0} tasks ({options.Open:N0} open) loaded into {options.Database} in {seeding.Elapsed.TotalSeconds:0.0} s");
        var store = new DapperInstanceStore(db.Database);
        var random = new Random(7);

        string SomeUser() => random.Next(5) == 0 ? InboxSeeder.User(random.Next(InboxSeeder.HeavyUsers))
            : InboxSeeder.User(InboxSeeder.HeavyUsers + random.Next(InboxSeeder.Users - InboxSeeder.HeavyUsers));
        string[] ThreeTownships()
        {
            var first = random.Next(InboxSeeder.Divisions);
            return [InboxSeeder.Division(first), InboxSeeder.Division(first + 1), InboxSeeder.Division(first + 2)];
        }

        var queries = new (string Name, Func<Task<int>> Run)[]
        {
            ("myTasks", async () => (await store.AssignedToAsync(SomeUser(), 50, default)).Count),
            ("postInDivision", async () => (await store.ForPostAsync(InboxSeeder.Post(random.Next(InboxSeeder.Posts)), ThreeTownships(), 50, default)).Count),
            ("overdue", async () => (await store.OverdueAsync(now, 50, default)).Count),
            ("countBadge", () => store.CountForPostAsync(InboxSeeder.Post(random.Next(InboxSeeder.Posts)), ThreeTownships(), default)),
        };
        var fields = new List<(string, object)> { ("bench", "inbox"), ("db", options.Database), ("open", options.Open) };
        foreach (var (name, run) in queries)
        {
            for (var i = 0; i < options.Iterations / 10; i++)
            {
                await run();
            }
            var samples = new List<double>(options.Iterations);
            var rows = 0L;
            for (var i = 0; i < options.Iterations; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                rows += await run();
                samples.Add(Measure.Ms(Stopwatch.GetTimestamp() - t0));
            }
            samples.Sort();
            fields.Add((name + "P50Ms", Measure.Percentile(samples, 50)));
            fields.Add((name + "P99Ms", Measure.Percentile(samples, 99)));
            fields.Add((name + "AvgRows", (double)rows / options.Iterations));
        }
        return Measure.Json(fields);
    }
}
