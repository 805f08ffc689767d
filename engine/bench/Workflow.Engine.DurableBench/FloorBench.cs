using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Writing;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// The physical floor of a durable approval on SQLite: the rows one engine approval commits (measured from the
/// approvals mode: the instance row with a ~2.7 KB snapshot, 11 events, the closed and the next task, two timers
/// deleted and two written), in the same schema and with the store's own SQL, but from prepared commands with no engine,
/// JSON or hashing. Between raw-sqlite and approvals, it splits the gap into what the write set costs and what the
/// engine adds on top of it.
/// </summary>
internal static class FloorBench
{
    private const int EventsPerApproval = 11;
    private const int EventsAtStart = 8;

    public static async Task<string> RunAsync(BenchOptions options)
    {
        await using var db = await BenchDatabase.CreateAsync(options);
        var dialect = SqliteDialect.Instance;
        var instanceSql = InstanceSql.For(dialect);
        var taskSql = TaskSql.For(dialect);
        var timerSql = TimerSql.For(dialect);
        await using var connection = (SqliteConnection)await db.Database.OpenConnectionAsync(default);
        var snapshot = new string('s', 2700);
        var body = new string('b', 176);
        var hash = new string('0', 64);

        var update = Command(connection, instanceSql.UpdateInstance, "status", "division_code", "restricted", "version", "head_hash", "snapshot", "updated_at", "id",
            "expected_version");
        var events = Command(connection, instanceSql.InsertEvents(EventsPerApproval), ["instance_id", "now", .. Rows(InstanceSql.EventPrefix, InstanceSql.EventRowColumns, EventsPerApproval)]);
        var taskNames = Rows(TaskSql.TaskPrefix, TaskSql.TaskColumns, 2);
        var tasks = Command(connection, taskSql.UpsertTasks(2), taskNames);
        var deleteTimers = Command(connection, timerSql.DeleteTimers(2), ["instance_id", .. RowNames.List(TimerSql.TimerList, 2)]);
        var timers = Command(connection, timerSql.UpsertTimers(2), ["instance_id", .. Rows(TimerSql.TimerPrefix, TimerSql.TimerRowColumns, 2)]);
        var insertInstance = Command(connection, instanceSql.InsertInstanceStrict,
            "id", "definition_id", "definition_version", "status", "division_code", "restricted", "version", "head_hash", "snapshot", "created_at", "updated_at");
        var insertStartEvents = Command(connection, instanceSql.InsertEvents(EventsAtStart), ["instance_id", "now", .. Rows(InstanceSql.EventPrefix, InstanceSql.EventRowColumns, EventsAtStart)]);
        var openTask = Command(connection, taskSql.UpsertTasks(1), taskNames.Take(TaskSql.TaskColumns.Count).ToArray());

        var now = DateTimeOffset.UtcNow;
        long Micros(DateTimeOffset t) => (long)dialect.ToDbTime(t);
        void Task(SqliteCommand command, int row, string instance, int step, bool open)
        {
            var values = new object?[] { $"{instance}-t{step}", instance, "Approval", "审批", $"post-{step}", "township", "500113102000", null,
                open ? "Open" : "Completed", null, Micros(now), Micros(now.AddDays(10 + step)), open ? null : Micros(now), null, null };
            for (var c = 0; c < values.Length; c++)
            {
                command.Parameters[row * values.Length + c].Value = values[c] ?? DBNull.Value;
            }
        }
        void Events(SqliteCommand command, string instance, long firstSeq, int count)
        {
            command.Parameters[0].Value = instance;
            command.Parameters[1].Value = Micros(now);
            for (var r = 0; r < count; r++)
            {
                var at = 2 + r * 5;
                command.Parameters[at].Value = firstSeq + r;
                command.Parameters[at + 1].Value = "TaskOpened";
                command.Parameters[at + 2].Value = body;
                command.Parameters[at + 3].Value = hash;
                command.Parameters[at + 4].Value = hash;
            }
        }
        void Timers(string instance, int step)
        {
            timers.Parameters[0].Value = instance;
            timers.Parameters[1].Value = $"tm{2 * step + 1}";
            timers.Parameters[2].Value = Micros(now.AddDays(8 + step));
            timers.Parameters[3].Value = $"tm{2 * step + 2}";
            timers.Parameters[4].Value = Micros(now.AddDays(10 + step));
            timers.ExecuteNonQuery();
        }

        // Seed: every case as the engine leaves it after StartInstance.
        var created = Stopwatch.StartNew();
        for (var start = 0; start < options.Instances; start += 1000)
        {
            using var tx = connection.BeginTransaction();
            foreach (var command in new[] { insertInstance, insertStartEvents, openTask, timers })
            {
                command.Transaction = tx;
            }
            for (var i = start; i < Math.Min(options.Instances, start + 1000); i++)
            {
                var id = $"case-{i:D7}";
                var v = new object?[] { id, "bench-approval", 1, "Suspended", "500113102001", 0, (long)EventsAtStart, hash, snapshot, Micros(now), Micros(now) };
                for (var c = 0; c < v.Length; c++)
                {
                    insertInstance.Parameters[c].Value = v[c];
                }
                insertInstance.ExecuteNonQuery();
                Events(insertStartEvents, id, 1, EventsAtStart);
                insertStartEvents.ExecuteNonQuery();
                Task(openTask, 0, id, 0, open: true);
                openTask.ExecuteNonQuery();
                Timers(id, 0);
            }
            tx.Commit();
        }
        Console.Error.WriteLine($"floor: {options.Instances} cases seeded in {created.Elapsed.TotalSeconds:0.0} s");

        var approvals = 0L;
        var latencies = new List<double>(1 << 16);
        var cpuStart = TimeSpan.Zero;
        var warmupEnd = Stopwatch.GetTimestamp() + (long)(options.WarmupSeconds * Stopwatch.Frequency);
        long begin = 0, end = long.MaxValue;
        var timing = false;
        var instance = 0;
        var step = 0;
        while (true)
        {
            var t0 = Stopwatch.GetTimestamp();
            if (!timing && t0 >= warmupEnd)
            {
                (timing, begin, cpuStart) = (true, t0, Measure.ProcessCpu());
                end = t0 + (long)(options.Seconds * Stopwatch.Frequency);
            }
            if (t0 >= end)
            {
                break;
            }
            if (instance >= options.Instances)
            {
                throw new InvalidOperationException("floor: ran out of cases; raise --instances");
            }
            var id = $"case-{instance:D7}";
            var version = EventsAtStart + (long)step * EventsPerApproval;
            using (var tx = connection.BeginTransaction())
            {
                foreach (var command in new[] { update, events, tasks, deleteTimers, timers })
                {
                    command.Transaction = tx;
                }
                var u = new object?[] { step == 2 ? "Finished" : "Suspended", "500113102001", 0, version + EventsPerApproval, hash, snapshot, Micros(now), id, version };
                for (var c = 0; c < u.Length; c++)
                {
                    update.Parameters[c].Value = u[c];
                }
                if (update.ExecuteNonQuery() != 1)
                {
                    throw new InvalidOperationException($"floor: {id} was not at version {version}");
                }
                Events(events, id, version + 1, EventsPerApproval);
                events.ExecuteNonQuery();
                Task(tasks, 0, id, step, open: false);
                Task(tasks, 1, id, step + 1, open: true);
                tasks.ExecuteNonQuery();
                deleteTimers.Parameters[0].Value = id;
                deleteTimers.Parameters[1].Value = $"tm{2 * step + 1}";
                deleteTimers.Parameters[2].Value = $"tm{2 * step + 2}";
                deleteTimers.ExecuteNonQuery();
                Timers(id, step + 1);
                tx.Commit();
            }
            if (++step == 3)
            {
                (step, instance) = (0, instance + 1);
            }
            if (timing)
            {
                approvals++;
                latencies.Add(Measure.Ms(Stopwatch.GetTimestamp() - t0));
            }
        }
        var seconds = Measure.Ms(Stopwatch.GetTimestamp() - begin) / 1000;
        var cpu = Measure.ProcessCpu() - cpuStart;
        latencies.Sort();
        return Measure.Json([("bench", "floor-sqlite"), ("approvals", approvals), ("seconds", seconds), ("approvalsPerSec", approvals / seconds),
            ("p50Ms", Measure.Percentile(latencies, 50)), ("p99Ms", Measure.Percentile(latencies, 99)),
            ("cpuMsPerApproval", cpu.TotalMilliseconds / Math.Max(1, approvals))]);
    }

    /// <summary>The parameter names of <paramref name="rows"/> rows, as the store binds them (<see cref="RowNames"/>).</summary>
    private static string[] Rows(string prefix, IReadOnlyList<string> columns, int rows) =>
        Enumerable.Range(0, rows).SelectMany(r => RowNames.For(prefix, columns, r)).ToArray();

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter("@" + name, null));
        }
        return command;
    }
}
