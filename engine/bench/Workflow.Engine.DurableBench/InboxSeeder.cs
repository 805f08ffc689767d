using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// The inbox data set of performance.md 2.4, as wf_tasks rows: <c>open</c> open tasks and as many closed ones.
/// 20,000 officers, 200 of them heavy (about 750 claimed open tasks each, the rest about 20); 500 candidate groups
/// (10 posts × 50 townships) of about 1,000 unclaimed open tasks each; 20 departments with referrals; deadlines
/// 10–40 days after opening, over the last 60 days, so some are overdue. Loaded in bulk (SQLite: one prepared insert
/// in large transactions; PostgreSQL: binary COPY), not through the store.
/// </summary>
internal static class InboxSeeder
{
    public const int Users = 20_000;
    public const int HeavyUsers = 200;
    public const int Posts = 10;
    public const int Divisions = 50;

    public static string User(int i) => $"officer-{i:D5}";

    public static string Post(int i) => $"岗位-{i % Posts:D2}";

    public static string Division(int i) => $"5001{i % Divisions:D4}0000";

    public static string Department(int i) => $"dept-{i % 20:D2}";

    public static async Task SeedAsync(BenchDatabase db, int open, DateTimeOffset now)
    {
        if (db.Options.Dialect!.Name == "sqlite")
        {
            await using var connection = await db.Database.OpenConnectionAsync(default);
            SeedSqlite((SqliteConnection)connection, open, now);
        }
        else
        {
            await using var connection = (NpgsqlConnection)await db.Database.OpenConnectionAsync(default);
            await SeedPostgresAsync(connection, open, now);
        }
        // The inbox search joins each task to its case and reads the holder: a claimed open task is held by its assignee.
        await using var cases = await db.Database.OpenConnectionAsync(default);
        await using var command = cases.CreateCommand();
        command.CommandText = """
            UPDATE wf_tasks SET holder_user_id = assignee_user_id WHERE status = 'Open' AND assignee_user_id IS NOT NULL;
            INSERT INTO wf_instances (id, definition_id, definition_version, status, division_code, version, head_hash, snapshot, created_at, updated_at)
            SELECT instance_id, 'bench', 1, 'Running', MIN(division_code), 1, '', '{}', MIN(opened_at), MIN(opened_at) FROM wf_tasks GROUP BY instance_id;
            """;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private record struct Row(string TaskId, string InstanceId, string Kind, string? Post, string Level, string? Division, string? Department,
        string Status, string? Assignee, DateTimeOffset OpenedAt, DateTimeOffset? DueAt, DateTimeOffset? ClosedAt);

    private static IEnumerable<Row> Rows(int open, DateTimeOffset now)
    {
        var random = new Random(1_000_000);
        // Claimed open tasks: heavy users take ~750 each, the others ~20 each, scaled to 55% of the open tasks.
        var claimedTarget = (int)(open * 0.546);
        var heavyShare = HeavyUsers * 750.0 / (HeavyUsers * 750 + (Users - HeavyUsers) * 20);
        for (var i = 0; i < open * 2; i++)
        {
            var isOpen = i < open;
            var opened = now - TimeSpan.FromMinutes(random.Next(1, 60 * 24 * 60));
            var due = opened.AddDays(random.Next(10, 41));
            string? assignee = null;
            string? post = Post(random.Next(Posts));
            string? division = Division(random.Next(Divisions));
            string? department = null;
            var kind = "Approval";
            if (isOpen && i < claimedTarget)
            {
                assignee = random.NextDouble() < heavyShare ? User(random.Next(HeavyUsers)) : User(HeavyUsers + random.Next(Users - HeavyUsers));
            }
            else if (isOpen && i % 50 == 0)
            {
                (kind, post, department) = ("Referral", null, Department(random.Next(20)));
            }
            else if (!isOpen)
            {
                assignee = User(random.Next(Users));
            }
            yield return new Row($"t-{i:D8}", $"c-{i / 4:D8}", kind, post, "township", division, department, isOpen ? "Open" : "Completed", assignee,
                opened, due, isOpen ? null : opened.AddDays(random.Next(1, 10)));
        }
    }

    private static void SeedSqlite(SqliteConnection connection, int open, DateTimeOffset now)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO wf_tasks (task_id, instance_id, kind, title, post, level, division_code, department_code, status, assignee_user_id,
                opened_at, due_at, closed_at)
            VALUES ($id, $instance, $kind, '审核', $post, $level, $division, $department, $status, $assignee, $opened, $due, $closed)
            """;
        var p = new[] { "$id", "$instance", "$kind", "$post", "$level", "$division", "$department", "$status", "$assignee", "$opened", "$due", "$closed" }
            .Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        insert.Prepare();
        SqliteTransaction? tx = null;
        var n = 0;
        foreach (var r in Rows(open, now))
        {
            if (n++ % 100_000 == 0)
            {
                tx?.Commit();
                tx?.Dispose();
                tx = connection.BeginTransaction();
                insert.Transaction = tx;
            }
            object[] values = [r.TaskId, r.InstanceId, r.Kind, Db(r.Post), r.Level, Db(r.Division), Db(r.Department), r.Status, Db(r.Assignee),
                Micros(r.OpenedAt), r.DueAt is { } d ? Micros(d) : DBNull.Value, r.ClosedAt is { } c ? Micros(c) : DBNull.Value];
            for (var i = 0; i < values.Length; i++)
            {
                p[i].Value = values[i];
            }
            insert.ExecuteNonQuery();
        }
        tx?.Commit();
        tx?.Dispose();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE wf_tasks";
        analyze.ExecuteNonQuery();
    }

    private static async Task SeedPostgresAsync(NpgsqlConnection connection, int open, DateTimeOffset now)
    {
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY wf_tasks (task_id, instance_id, kind, title, post, level, division_code, department_code, status, assignee_user_id,
                opened_at, due_at, closed_at) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var r in Rows(open, now))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(r.TaskId, NpgsqlDbType.Text);
                await copy.WriteAsync(r.InstanceId, NpgsqlDbType.Text);
                await copy.WriteAsync(r.Kind, NpgsqlDbType.Text);
                await copy.WriteAsync("审核", NpgsqlDbType.Text);
                await WriteNullable(copy, r.Post);
                await copy.WriteAsync(r.Level, NpgsqlDbType.Text);
                await WriteNullable(copy, r.Division);
                await WriteNullable(copy, r.Department);
                await copy.WriteAsync(r.Status, NpgsqlDbType.Text);
                await WriteNullable(copy, r.Assignee);
                await copy.WriteAsync(r.OpenedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                await WriteTime(copy, r.DueAt);
                await WriteTime(copy, r.ClosedAt);
            }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE wf_tasks", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static Task WriteNullable(NpgsqlBinaryImporter copy, string? value) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, NpgsqlDbType.Text);

    private static Task WriteTime(NpgsqlBinaryImporter copy, DateTimeOffset? value) =>
        value is { } v ? copy.WriteAsync(v.UtcDateTime, NpgsqlDbType.TimestampTz) : copy.WriteNullAsync();

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static long Micros(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
