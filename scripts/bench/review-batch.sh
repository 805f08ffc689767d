#!/usr/bin/env bash
# Scenario 8's load test (issue 4): one periodic-review campaign creates a review case for each of 12,000 低保
# households in one request to the real host. Most close at once after the data check (income ratio ≤ 1); about
# one in ten opens a township task. Reports cases/s as the host measured it and as the client saw it.
#
# Runs on the embedded default (SQLite file, in-memory bus) in a scratch folder; with BENCH_PG set to a PostgreSQL
# connection string (for example from scripts/services/start.sh's WORKFLOW_PG) it runs there as well, in a fresh
# schema-less database it creates and drops.
#
# Environment: BENCH_HOUSEHOLDS (default 12000).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
households="${BENCH_HOUSEHOLDS:-12000}"
[[ $households =~ ^[1-9][0-9]*$ ]] || { echo "review-batch.sh: BENCH_HOUSEHOLDS must be a positive integer" >&2; exit 1; }
scratch="$(mktemp -d -t wf-review.XXXXXX)"
host_pid=""
cleanup() {
  [[ -n $host_pid ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  rm -rf -- "$scratch"
}
trap cleanup EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
echo "== review-campaign benchmark, $(date -u '+%Y-%m-%dT%H:%M:%SZ') on $(nproc) CPU(s), $households households =="
build=(dotnet build -c Release web/Workflow.Web -nologo -v quiet -clp:ErrorsOnly)
command -v flock >/dev/null && build=(flock /tmp/wf-build.lock "${build[@]}")
"${build[@]}" >/dev/null
dll="web/Workflow.Web/bin/Release/net10.0/Workflow.Web.dll"

python3 - "$households" >"$scratch/batch.json" <<'PY'
import json, random, sys
n = int(sys.argv[1]); rng = random.Random(8)
villages = ["500113102001", "500113102002"]
rows = [{"householdId": f"H{i:06d}", "divisionCode": villages[i % 2],
         "incomeRatio": round(rng.uniform(1.05, 1.5), 2) if i % 10 == 0 else round(rng.uniform(0.3, 1.0), 2)} for i in range(n)]
json.dump({"campaign": "2026Q1", "households": rows}, sys.stdout)
PY

# run LABEL PROVIDER CONNECTION
run() {
  local label=$1 provider=$2 connection=$3 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  dotnet "$dll" --urls "http://127.0.0.1:$port" --contentRoot "$repo_root/web/Workflow.Web" \
    --Workflow:Persistence:Provider="$provider" --Workflow:Persistence:ConnectionString="$connection" \
    --Workflow:DemoData=false --Workflow:Casework:SeedDemoOrganisation=true --Workflow:Testing:HeaderIdentity=true \
    --Logging:LogLevel:Default=Warning >"$scratch/$label.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$scratch/$label.log" >&2; exit 1; }
    python3 -c 'import time; time.sleep(0.2)'
  done
  local started ended body
  started=$(date +%s.%N)
  body=$(curl -fsS -X POST "http://127.0.0.1:$port/api/reviews" -H 'Content-Type: application/json' -H 'X-User: admin' \
    --data-binary "@$scratch/batch.json")
  ended=$(date +%s.%N)
  python3 - "$label" "$body" "$started" "$ended" <<'PY'
import json, sys
label, body, t0, t1 = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
wall = t1 - t0
print(f"   {label}: created {body['created']} (closed by the data check {body['closedByDataCheck']}, to township {body['toTownship']}), "
      f"refused {body['refused']}; host {body['seconds']:.2f} s = {body['created'] / body['seconds']:.0f} cases/s; "
      f"client {wall:.2f} s = {body['created'] / wall:.0f} cases/s")
PY
  kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
}

run sqlite Sqlite "Data Source=$scratch/review.db"
if [[ -n ${BENCH_PG:-} ]]; then
  # A fresh database next to the one BENCH_PG names (Npgsql "Host=…;Port=…;Username=…;Database=…").
  read -r pg_host pg_port pg_user < <(python3 -c '
import sys; kv = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
print(kv.get("Host", "127.0.0.1"), kv.get("Port", "5432"), kv.get("Username", "postgres"))' "$BENCH_PG")
  db="wf_review_$$"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qc "CREATE DATABASE $db" >/dev/null
  run postgres Postgres "Host=$pg_host;Port=$pg_port;Username=$pg_user;Database=$db"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qc "DROP DATABASE $db" >/dev/null
fi
