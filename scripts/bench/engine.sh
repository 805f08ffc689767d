#!/usr/bin/env bash
# Side-by-side in-memory benchmark: our engine (engine/bench/Workflow.Engine.Bench, Release) against
# the peer, npm bpmn-engine 25.0.1 (scripts/bench/peer), on the approval process of
# shared/docs/performance.md section 3.1 (3 user tasks + XOR, 1 instance in flight).
#
# Fairness rules (performance.md 3.1): same machine, same run, one side after the other, same N and
# warm-up, median of the repeats; only the ratios are compared, never absolute numbers.
#
# Environment:
#   BENCH_INSTANCES  measured instances per run   (default 2000)
#   BENCH_WARMUP     warm-up instances per run    (default 200)
#   BENCH_REPEATS    runs per side; medians taken (default 3)
#   BENCH_TARGET_STEPS_RATIO  ours/peer steps/s target (default 100)
#   BENCH_TARGET_P99_RATIO    peer/ours p99 target     (default 20)
#
# Both sides must print exactly one line
#   RESULT {"engine":"...","instances":N,"steps":S,"seconds":T,"stepsPerSec":X,"p50Ms":A,"p99Ms":B}
# on stdout (other lines are passed through). Exit status: 0 when both sides ran (whether or not the
# targets are met: this is a report), 1 when a side failed to build, install or run, or printed no
# valid RESULT, 2 on bad settings or when the C# bench project does not exist yet.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

instances="${BENCH_INSTANCES:-2000}"
warmup="${BENCH_WARMUP:-200}"
repeats="${BENCH_REPEATS:-3}"
target_steps="${BENCH_TARGET_STEPS_RATIO:-100}"
target_p99="${BENCH_TARGET_P99_RATIO:-20}"

bench_project="engine/bench/Workflow.Engine.Bench"
peer_src="scripts/bench/peer"

die() { echo "engine.sh: $*" >&2; exit 1; }

for setting in "BENCH_INSTANCES=$instances" "BENCH_WARMUP=$warmup" "BENCH_REPEATS=$repeats"; do
  if [[ ! ${setting#*=} =~ ^[0-9]+$ ]]; then
    echo "engine.sh: ${setting%%=*} must be a non-negative integer, got '${setting#*=}'" >&2
    exit 2
  fi
done
if (( instances < 1 || repeats < 1 )); then
  echo "engine.sh: BENCH_INSTANCES and BENCH_REPEATS must be at least 1" >&2
  exit 2
fi
for setting in "BENCH_TARGET_STEPS_RATIO=$target_steps" "BENCH_TARGET_P99_RATIO=$target_p99"; do
  if [[ ! ${setting#*=} =~ ^[0-9]+([.][0-9]+)?$ ]]; then
    echo "engine.sh: ${setting%%=*} must be a number, got '${setting#*=}'" >&2
    exit 2
  fi
done

if ! compgen -G "$bench_project/*.csproj" >/dev/null; then
  echo "engine.sh: our benchmark project $bench_project (a .csproj) does not exist yet;" >&2
  echo "engine.sh: nothing to compare the peer with. The peer alone can be run from a scratch copy of $peer_src:" >&2
  echo "engine.sh:   npm install --no-audit --no-fund --loglevel=error && node bench.mjs --instances $instances --warmup $warmup" >&2
  exit 2
fi
for f in package.json approval.bpmn bench.mjs; do
  [[ -f $peer_src/$f ]] || die "missing $peer_src/$f"
done
for tool in dotnet node npm python3; do
  command -v "$tool" >/dev/null || die "'$tool' is not on PATH"
done

scratch="$(mktemp -d -t workflow-bench.XXXXXX)"
cleanup() { rm -rf -- "$scratch"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$scratch/logs" "$scratch/peer"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# run_logged LOG COMMAND...: stdout goes to the terminal and to LOG, stderr to the terminal.
run_logged() {
  local log=$1 rc
  shift
  set +e
  "$@" | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}

echo "== in-memory benchmark, $(date -u '+%Y-%m-%dT%H:%M:%SZ') on $(nproc) CPU(s): N=$instances instances, W=$warmup warm-up, $repeats repeat(s) per side =="
echo "   dotnet $(dotnet --version), node $(node --version)"

ours_logs=()
for (( i = 1; i <= repeats; i++ )); do
  echo
  echo "-- ours: workflow-engine, run $i/$repeats --"
  log="$scratch/logs/ours-$i.log"
  # The first run builds (Release); the repeats reuse that build so they time the same binaries.
  build_flag=()
  (( i > 1 )) && build_flag=(--no-build)
  run_logged "$log" dotnet run -c Release "${build_flag[@]}" --project "$bench_project" -- \
    --instances "$instances" --warmup "$warmup" \
    || die "our benchmark (dotnet run --project $bench_project) failed, exit $?"
  grep -q '^RESULT {' "$log" || die "our benchmark printed no 'RESULT {...}' line"
  ours_logs+=("$log")
done

echo
echo "-- peer: installing $peer_src into a scratch folder --"
cp "$peer_src/package.json" "$peer_src/approval.bpmn" "$peer_src/bench.mjs" "$scratch/peer/"
(cd "$scratch/peer" && npm install --no-audit --no-fund --loglevel=error) || die "npm install of the peer failed"

peer_logs=()
for (( i = 1; i <= repeats; i++ )); do
  echo
  echo "-- peer: bpmn-engine, run $i/$repeats --"
  log="$scratch/logs/peer-$i.log"
  (cd "$scratch/peer" && run_logged "$log" node bench.mjs --instances "$instances" --warmup "$warmup") \
    || die "the peer benchmark (node bench.mjs) failed, exit $?"
  grep -q '^RESULT {' "$log" || die "the peer benchmark printed no 'RESULT {...}' line"
  peer_logs+=("$log")
done

echo
python3 - "$instances" "$warmup" "$target_steps" "$target_p99" "${#ours_logs[@]}" "${ours_logs[@]}" "${peer_logs[@]}" <<'PY' || die "could not summarise the RESULT lines"
import json
import math
import statistics
import sys

instances, warmup = int(sys.argv[1]), int(sys.argv[2])
target_steps, target_p99 = float(sys.argv[3]), float(sys.argv[4])
count = int(sys.argv[5])
ours_logs, peer_logs = sys.argv[6:6 + count], sys.argv[6 + count:]
STEPS_PER_INSTANCE = 4
NUMBERS = ("instances", "steps", "seconds", "stepsPerSec", "p50Ms", "p99Ms")


def fail(message):
    print(f"engine.sh: {message}", file=sys.stderr)
    sys.exit(1)


def load(side, path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [line.strip() for line in f if line.strip().startswith("RESULT ")]
    if len(lines) != 1:
        fail(f"{side}: expected exactly one 'RESULT {{...}}' line on stdout, found {len(lines)}")
    try:
        result = json.loads(lines[0][len("RESULT "):])
    except json.JSONDecodeError as e:
        fail(f"{side}: RESULT is not valid JSON ({e}): {lines[0]}")
    if not isinstance(result, dict) or not isinstance(result.get("engine"), str):
        fail(f"{side}: RESULT needs a string 'engine': {lines[0]}")
    for key in NUMBERS:
        value = result.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            fail(f"{side}: RESULT needs a non-negative number '{key}': {lines[0]}")
    if result["instances"] != instances:
        fail(f"{side}: measured {result['instances']} instances, but both sides must run N={instances}")
    if result["steps"] != instances * STEPS_PER_INSTANCE:
        print(f"warning: {side}: {result['steps']} steps, expected {instances * STEPS_PER_INSTANCE} "
              f"({STEPS_PER_INSTANCE} per instance)", file=sys.stderr)
    if result["stepsPerSec"] <= 0:
        fail(f"{side}: stepsPerSec must be positive: {lines[0]}")
    return result


def side(label, paths):
    runs = [load(f"{label} run {i + 1}", p) for i, p in enumerate(paths)]
    return {
        "engine": runs[0]["engine"],
        "runs": runs,
        "stepsPerSec": statistics.median(r["stepsPerSec"] for r in runs),
        "p50Ms": statistics.median(r["p50Ms"] for r in runs),
        "p99Ms": statistics.median(r["p99Ms"] for r in runs),
    }


ours = side("ours", ours_logs)
peer = side("peer", peer_logs)

print(f"== summary: N={instances}, W={warmup}, median of {len(ours['runs'])} run(s) per side, 1 instance in flight ==")
print(f"{'engine':<22} {'steps/s':>12} {'p50 ms':>10} {'p99 ms':>10}   steps/s per run")
for s in (ours, peer):
    per_run = ", ".join(f"{r['stepsPerSec']:.1f}" for r in s["runs"])
    print(f"{s['engine']:<22} {s['stepsPerSec']:>12.1f} {s['p50Ms']:>10.4f} {s['p99Ms']:>10.4f}   [{per_run}]")


def ratio(numerator, denominator):
    return math.inf if denominator == 0 else numerator / denominator


def show(x):
    if math.isinf(x):
        return "inf"
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}"


steps_ratio = ratio(ours["stepsPerSec"], peer["stepsPerSec"])
p99_ratio = ratio(peer["p99Ms"], ours["p99Ms"])
print(f"ratio steps/s: {show(steps_ratio)}x (target >= {target_steps:g}x) {'PASS' if steps_ratio >= target_steps else 'FAIL'}")
print(f"ratio p99: peer/ours = {show(p99_ratio)}x (target >= {target_p99:g}x) {'PASS' if p99_ratio >= target_p99 else 'FAIL'}")
PY
