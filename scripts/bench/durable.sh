#!/usr/bin/env bash
# Durable-runtime benchmark (issue 3): in one run, on this machine,
#   1. raw single-row commits/s through Microsoft.Data.Sqlite (WAL, synchronous=FULL): the physical ceiling;
#      and the floor of an approval: the rows one engine approval commits, written by prepared statements with no engine;
#   2. durable approvals/s through the engine on SQLite with 1 and 16 concurrent approvers (group commit);
#   3. on PostgreSQL, durable approvals/s with 4 and 16 approvers beside `pgbench -N` at 4 and 16 clients, and beside
#      pgbench running the rows of one approval with no engine (postgres-floor/: the write set's own cost);
#   4. CPU time per approval (this process, and the whole machine so the PostgreSQL server counts too);
#   5. inbox query p50/p99 at 1M open tasks on SQLite and PostgreSQL;
# then prints the ratios against the issue's targets.
#
# PostgreSQL: a throwaway cluster of our own, durable like performance.md 2.2 (fsync=on,
# synchronous_commit=on, shared_buffers=512MB), on a free loopback port; stopped by PID on exit.
#
# Environment:
#   BENCH_SECONDS   timed seconds per approvals run  (default 10)
#   BENCH_REPEATS   runs per cell; medians taken      (default 3)
#   BENCH_PGBENCH_SECONDS  seconds per pgbench run   (default 20)
#   BENCH_OPEN      open tasks for the inbox runs     (default 1000000)
#   BENCH_SKIP_PG=1, BENCH_SKIP_INBOX=1               leave those parts out
# Exit status: 0 when every part ran (targets met or not: this is a report), 1 when a part failed.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
seconds="${BENCH_SECONDS:-10}"
repeats="${BENCH_REPEATS:-3}"
pgbench_seconds="${BENCH_PGBENCH_SECONDS:-20}"
open_tasks="${BENCH_OPEN:-1000000}"
project="engine/bench/Workflow.Engine.DurableBench"

die() { echo "durable.sh: $*" >&2; exit 1; }
for setting in "BENCH_SECONDS=$seconds" "BENCH_REPEATS=$repeats" "BENCH_PGBENCH_SECONDS=$pgbench_seconds" "BENCH_OPEN=$open_tasks"; do
  [[ ${setting#*=} =~ ^[1-9][0-9]*$ ]] || die "${setting%%=*} must be a positive integer, got '${setting#*=}'"
done

scratch="$(mktemp -d -t wf-durable.XXXXXX)"
pg_root=""
pg_bin=""
cleanup() {
  if [[ -n $pg_root && -f $pg_root/data/postmaster.pid ]]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast stop >/dev/null 2>&1 || true
  fi
  [[ -n $pg_root ]] && rm -rf -- "$pg_root"
  rm -rf -- "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
echo "== durable benchmark, $(date -u '+%Y-%m-%dT%H:%M:%SZ') on $(nproc) CPU(s), load $(cut -d' ' -f1-3 /proc/loadavg) =="
echo "-- building $project (Release)"
# Builds share two cores with other work: take the repository's build lock when there is one to take.
build=(dotnet build -c Release "$project" -nologo -v quiet -clp:ErrorsOnly)
command -v flock >/dev/null && build=(flock /tmp/wf-build.lock "${build[@]}")
"${build[@]}" >/dev/null || die "build failed"
bench="$project/bin/Release/net10.0/Workflow.Engine.DurableBench"
[[ -x $bench ]] || die "no $bench after the build"

results="$scratch/results.jsonl"
: >"$results"
# run LABEL ARGS...: runs the bench, echoes its RESULT and files it under LABEL.
run() {
  local label=$1 line
  shift
  line=$("$bench" "$@" --dir "$scratch" | grep '^RESULT ' | tail -1) || die "bench $* failed"
  [[ -n $line ]] || die "bench $* printed no RESULT"
  echo "   $label: ${line#RESULT }"
  printf '{"label":"%s","result":%s}\n' "$label" "${line#RESULT }" >>"$results"
}

echo "-- SQLite: raw commits and approvals ($repeats run(s) each, ${seconds}s)"
for (( i = 1; i <= repeats; i++ )); do
  run raw-sqlite raw-sqlite --seconds "$seconds"
  run floor-sqlite floor-sqlite --seconds "$seconds"
  run sqlite-1 approvals --db sqlite --approvers 1 --seconds "$seconds"
  run sqlite-16 approvals --db sqlite --approvers 16 --seconds "$seconds"
done

if [[ ${BENCH_SKIP_PG:-0} != 1 ]]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n $pg_bin && -x $pg_bin/initdb ]] || die "PostgreSQL is not installed (apt-get install postgresql)"
  port=55490
  while ss -ltn | grep -q ":$port "; do port=$((port + 1)); done
  pg_root=$(mktemp -d /tmp/wf-durable-pg.XXXXXX)
  mkdir -p "$pg_root/data" "$pg_root/sock"
  chown -R postgres:postgres "$pg_root"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w -o \
    "-p $port -c listen_addresses=127.0.0.1 -k $pg_root/sock -c shared_buffers=512MB -c max_connections=50 -c fsync=on -c synchronous_commit=on -c wal_sync_method=fdatasync" \
    start >/dev/null || die "PostgreSQL did not start (see $pg_root/server.log)"
  echo "-- PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (pid $(head -1 "$pg_root/data/postmaster.pid"), fsync=on, synchronous_commit=on)"
  psql -h 127.0.0.1 -p "$port" -U postgres -qAtc "CREATE DATABASE wf" >/dev/null
  psql -h 127.0.0.1 -p "$port" -U postgres -qAtc "CREATE DATABASE pgbench" >/dev/null
  runuser -u postgres -- "$pg_bin/pgbench" -h 127.0.0.1 -p "$port" -i -q -s 10 pgbench >/dev/null 2>&1 || die "pgbench -i failed"
  psql -h 127.0.0.1 -p "$port" -U postgres -qAtc "CREATE DATABASE floor" >/dev/null
  for script in engine/src/Workflow.Engine.Persistence/Schema/postgres/0001_initial.sql engine/src/Workflow.Engine.Persistence/Schema/postgres/0002_task_users.sql \
    scripts/bench/postgres-floor/setup.sql; do
    psql -h 127.0.0.1 -p "$port" -U postgres -d floor -qAt -v ON_ERROR_STOP=1 -f "$script" >/dev/null || die "floor setup failed at $script"
  done
  cp scripts/bench/postgres-floor/approval.sql "$pg_root/approval.sql"
  chown postgres "$pg_root/approval.sql"
  export WORKFLOW_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=wf"
  for (( i = 1; i <= repeats; i++ )); do
    for clients in 4 16; do
      tps=$(runuser -u postgres -- env PGOPTIONS='-c synchronous_commit=on' "$pg_bin/pgbench" -h 127.0.0.1 -p "$port" -N -c "$clients" -j 2 \
        -T "$pgbench_seconds" pgbench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | head -1)
      [[ -n $tps ]] || die "pgbench -N -c $clients printed no tps"
      echo "   pgbench-$clients: {\"tps\":$tps}"
      printf '{"label":"pgbench-%s","result":{"tps":%s}}\n' "$clients" "$tps" >>"$results"
      tps=$(runuser -u postgres -- env PGOPTIONS='-c synchronous_commit=on' "$pg_bin/pgbench" -h 127.0.0.1 -p "$port" -n -f "$pg_root/approval.sql" \
        -c "$clients" -j 2 -T "$pgbench_seconds" floor 2>/dev/null | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | head -1)
      [[ -n $tps ]] || die "pgbench -f approval.sql -c $clients printed no tps"
      echo "   pgfloor-$clients: {\"tps\":$tps}"
      printf '{"label":"pgfloor-%s","result":{"tps":%s}}\n' "$clients" "$tps" >>"$results"
      run "postgres-$clients" approvals --db postgres --approvers "$clients" --seconds "$seconds"
    done
  done
fi

if [[ ${BENCH_SKIP_INBOX:-0} != 1 ]]; then
  echo "-- inbox queries at $open_tasks open tasks (and as many closed)"
  run inbox-sqlite inbox --db sqlite --open "$open_tasks"
  [[ ${BENCH_SKIP_PG:-0} != 1 ]] && run inbox-postgres inbox --db postgres --open "$open_tasks"
fi

echo
python3 - "$results" <<'PY' || die "could not summarise"
import json, statistics, sys

cells = {}
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    cells.setdefault(row["label"], []).append(row["result"])

def med(label, key):
    runs = cells.get(label)
    return statistics.median(r[key] for r in runs) if runs else None

def show(x, unit=""):
    return "n/a" if x is None else f"{x:,.1f}{unit}"

def verdict(ok):
    return "PASS" if ok else "FAIL"

print("== summary (medians) ==")
raw = med("raw-sqlite", "commitsPerSec")
one = med("sqlite-1", "approvalsPerSec")
sixteen = med("sqlite-16", "approvalsPerSec")
print(f"SQLite raw single-row commits/s      {show(raw)}")
if "floor-sqlite" in cells:
    print(f"SQLite approval rows, no engine/s    {show(med('floor-sqlite', 'approvalsPerSec'))}   "
          f"CPU/approval {med('floor-sqlite', 'cpuMsPerApproval'):.3f} ms  (floor-sqlite: the write set of one approval, prepared, no engine)")
for label in ("sqlite-1", "sqlite-16", "postgres-4", "postgres-16"):
    if label in cells:
        print(f"{label:<12} approvals/s {show(med(label, 'approvalsPerSec')):>10}   p50 {med(label, 'p50Ms'):.2f} ms  p99 {med(label, 'p99Ms'):.2f} ms  "
              f"CPU/approval: process {med(label, 'cpuMsPerApproval'):.3f} ms, machine {med(label, 'machineCpuMsPerApproval'):.3f} ms  "
              f"writes/transaction {med(label, 'writesPerTransaction'):.1f}")
print()
# Ratios are taken within each repeat (cells measured minutes apart, never across repeats), then the median.
def ratios(numerator, nkey, denominator, dkey):
    a, b = cells.get(numerator, []), cells.get(denominator, [])
    return [x[nkey] / y[dkey] for x, y in zip(a, b) if y[dkey]]

def report(name, values, target, percent):
    if not values:
        return
    r = statistics.median(values)
    each = ", ".join(f"{v:.1%}" if percent else f"{v:.2f}x" for v in values)
    shown = f"{r:6.1%}" if percent else f"{r:6.2f}x"
    goal = f">= {target:.0%}" if percent else f">= {target:g}x"
    print(f"{name:<44} {shown}  (target {goal})  {verdict(r >= target)}   per repeat: {each}")

print("== ratios against the targets (median of per-repeat ratios) ==")
report("1 approver on SQLite / raw commits", ratios("sqlite-1", "approvalsPerSec", "raw-sqlite", "commitsPerSec"), 0.5, True)
# Not targets: where the gap to the first one lies (the write set itself, or the engine on top of it).
def note(name, values):
    if values:
        print(f"{name:<44} {statistics.median(values):6.1%}  (informational)          per repeat: " + ", ".join(f"{v:.1%}" for v in values))
note("  approval rows, no engine / raw commits", ratios("floor-sqlite", "approvalsPerSec", "raw-sqlite", "commitsPerSec"))
note("  1 approver / approval rows, no engine", ratios("sqlite-1", "approvalsPerSec", "floor-sqlite", "approvalsPerSec"))
report("16 approvers / 1 approver on SQLite", ratios("sqlite-16", "approvalsPerSec", "sqlite-1", "approvalsPerSec"), 2, False)
for clients in (4, 16):
    report(f"PostgreSQL {clients} approvers / pgbench -N -c {clients}",
           ratios(f"postgres-{clients}", "approvalsPerSec", f"pgbench-{clients}", "tps"), 0.5, True)
    note(f"  approval rows, no engine / pgbench -N -c {clients}", ratios(f"pgfloor-{clients}", "tps", f"pgbench-{clients}", "tps"))
    note(f"  {clients} approvers / approval rows, no engine", ratios(f"postgres-{clients}", "approvalsPerSec", f"pgfloor-{clients}", "tps"))
for label, limit in (("inbox-sqlite", 2.0), ("inbox-postgres", 5.0)):
    if label in cells:
        result = cells[label][0]
        for query in ("toDo", "overdue"):  # the inbox search's 待办 and 超期 pages, each with its count
            p99 = result[query + "P99Ms"]
            print(f"{label:<15} {query:<15} p50 {result[query + 'P50Ms']:.3f} ms  p99 {p99:.3f} ms (target <= {limit:g} ms)  {verdict(p99 <= limit)}")
PY
