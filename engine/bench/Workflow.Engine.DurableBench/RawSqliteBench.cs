using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// The physical ceiling: one ~100-byte row per transaction (BEGIN IMMEDIATE … COMMIT) through Microsoft.Data.Sqlite
/// in WAL mode with synchronous=FULL, into a table with one secondary index (performance.md 2.1, in C#).
/// </summary>
internal static class RawSqliteBench
{
    public static string Run(BenchOptions options)
    {
        var path = Path.Combine(options.Directory, $"wf-raw-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                setup.CommandText = """
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = FULL;
                    CREATE TABLE task_event (id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL, task_id TEXT NOT NULL, kind TEXT NOT NULL,
                        payload TEXT NOT NULL, created_at INTEGER NOT NULL);
                    CREATE INDEX ix_task_event_instance ON task_event (instance_id);
                    """;
                setup.ExecuteNonQuery();
            }
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO task_event (instance_id, task_id, kind, payload, created_at) VALUES ($i, $t, 'decision', $p, $c)";
            var instance = insert.Parameters.Add("$i", SqliteType.Text);
            var task = insert.Parameters.Add("$t", SqliteType.Text);
            insert.Parameters.AddWithValue("$p", "{\"outcome\":\"approve\",\"actor\":\"officer-001\",\"comment\":null,\"n\":0000}");
            var created = insert.Parameters.Add("$c", SqliteType.Integer);
            insert.Prepare();

            var commits = 0L;
            var cpuStart = TimeSpan.Zero;
            var latencies = new List<double>();
            var warmupEnd = Stopwatch.GetTimestamp() + (long)(options.WarmupSeconds * Stopwatch.Frequency);
            long start = 0, end = 0;
            var timing = false;
            while (true)
            {
                var now = Stopwatch.GetTimestamp();
                if (!timing && now >= warmupEnd)
                {
                    timing = true;
                    start = now;
                    cpuStart = Measure.ProcessCpu();
                    end = now + (long)(options.Seconds * Stopwatch.Frequency);
                }
                if (timing && now >= end)
                {
                    break;
                }
                var t0 = Stopwatch.GetTimestamp();
                using (var tx = connection.BeginTransaction())
                {
                    insert.Transaction = tx;
                    instance.Value = "case-" + (commits % 1000);
                    task.Value = "task-" + commits;
                    created.Value = commits;
                    insert.ExecuteNonQuery();
                    tx.Commit();
                }
                if (timing)
                {
                    commits++;
                    latencies.Add(Measure.Ms(Stopwatch.GetTimestamp() - t0));
                }
            }
            var seconds = Measure.Ms(Stopwatch.GetTimestamp() - start) / 1000;
            var cpu = Measure.ProcessCpu();
            latencies.Sort();
            return Measure.Json([("bench", "raw-sqlite"), ("commits", commits), ("seconds", seconds), ("commitsPerSec", commits / seconds),
                ("p50Ms", Measure.Percentile(latencies, 50)), ("p99Ms", Measure.Percentile(latencies, 99)),
                ("cpuMsPerCommit", (cpu - cpuStart).TotalMilliseconds / Math.Max(1, commits))]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
