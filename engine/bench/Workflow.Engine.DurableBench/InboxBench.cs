using System.Diagnostics;
using Workflow.Engine.Persistence;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// Inbox latency at 1M open tasks through the store's own inbox search (connection, query, count, mapping), the one
/// who-may-act rule in SQL: the 待办 page of an officer holding a post in three townships (a heavy officer one time in
/// five, so their held tasks count too), and the same officer's 超期 page.
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

        Actor SomeOfficer() => Actor.User(SomeUser(), [InboxSeeder.Post(random.Next(InboxSeeder.Posts))], ThreeTownships());
        async Task<int> Tab(InboxBox box) =>
            (await store.SearchAsync(new InboxSearch(SomeOfficer(), box, CaseSearch.All, now), CaseScope.Everything, 0, 50, default)).Rows.Count;

        var queries = new (string Name, Func<Task<int>> Run)[]
        {
            ("toDo", () => Tab(InboxBox.ToDo)),
            ("overdue", () => Tab(InboxBox.Overdue)),
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
