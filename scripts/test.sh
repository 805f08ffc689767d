#!/usr/bin/env bash
# Runs every test of the repository and ends with one line "N passed, N failed[, N skipped]".
# This is the README's test command and what .ci/run calls. It must work on a fresh clone.
#
# The integration tests need PostgreSQL and RabbitMQ: scripts/services/start.sh installs (as root, with apt) and
# starts throwaway servers on free loopback ports while the solution builds, and they are stopped on exit. Servers
# that were already running from a manual start.sh are reused and left running. To use servers of your own, set
# WORKFLOW_PG, WORKFLOW_AMQP and WORKFLOW_AMQP_ADMIN and nothing is started. The live SQL Server suite
# (Category=SqlServerLive) runs only when WORKFLOW_MSSQL is set.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }

# ------------------------------------------------------------------------------------------- servers
services_pid=""
services_out="$root/artifacts/services/test-run.env"
stop_services=0
if [ -n "${WORKFLOW_PG:-}" ] && [ -n "${WORKFLOW_AMQP:-}" ] && [ -n "${WORKFLOW_AMQP_ADMIN:-}" ]; then
    echo "== servers: using WORKFLOW_PG, WORKFLOW_AMQP and WORKFLOW_AMQP_ADMIN from the environment"
else
    echo "== servers: starting PostgreSQL and RabbitMQ in the background"
    mkdir -p "$(dirname "$services_out")"
    # Started beside the build: its ~10 s (plus installs on a fresh machine) overlap the compile.
    bash scripts/services/start.sh >"$services_out" &
    services_pid=$!
fi
on_exit() {
    if [ -n "$services_pid" ]; then
        wait "$services_pid" 2>/dev/null
    fi
    if [ "$stop_services" -eq 1 ] || { [ -n "$services_pid" ] && ! grep -q WORKFLOW_SERVICES_REUSED "$services_out" 2>/dev/null; }; then
        bash scripts/services/stop.sh
    fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------------------------------- build
echo "== restore and build"
if ! dotnet build Workflow.sln -c Debug -nologo -v quiet -clp:ErrorsOnly; then
    echo "build failed"
    trap - EXIT
    on_exit >/dev/null 2>&1
    echo "0 passed, 1 failed"
    exit 1
fi
echo "   built in $(elapsed)"

if [ -n "$services_pid" ]; then
    if wait "$services_pid"; then
        # shellcheck disable=SC1090
        . "$services_out"
        grep -q WORKFLOW_SERVICES_REUSED "$services_out" || stop_services=1
        echo "== servers ready after $(elapsed): WORKFLOW_PG=$WORKFLOW_PG WORKFLOW_AMQP=$WORKFLOW_AMQP"
    else
        # The integration tests then fail (never skip) and say which setting is missing.
        echo "== servers did not start (see the lines above); the integration tests will fail"
        stop_services=1
    fi
    services_pid=""
fi

# ------------------------------------------------------------------------------------------- test
filter="Category!=SqlServerLive"
if [ -n "${WORKFLOW_MSSQL:-}" ]; then
    filter=""
fi
echo "== test${filter:+ (filter: $filter)}"
# One project after another, fastest first: unit, definitions, web, then the integration tests against the servers
# (two cores are shared with them). Each writes its own TRX; a project without one crashed and counts as a failure.
# A test that hangs for 10 minutes fails its project instead of using up the CI budget.
mapfile -t projects < <(dotnet sln Workflow.sln list | tr '\\' '/' | grep 'Tests\.csproj$' \
    | awk '{ r = /^engine\//; r = r ? 1 : /^workflows\// ? 2 : /^web\// ? 3 : 4; print r " " $0 }' | sort | cut -d' ' -f2-)
status=0
missing=0
for project in "${projects[@]}"; do
    name=$(basename "$project" .csproj)
    echo "-- $name"
    t=$(date +%s)
    dotnet test "$project" --no-build -c Debug -nologo ${filter:+--filter "$filter"} \
        --blame-hang-timeout 10m \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
    echo "   $name: $(( $(date +%s) - t )) s"
    [ -f "$results/$name.trx" ] || { echo "   $name wrote no results: counted as a failure"; missing=$((missing + 1)); }
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
failed=$((failed + missing))
# A test host that crashed leaves no counters: count it as a failure rather than hide it.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$files" -eq 0 ]; then failed=$((failed + 1)); fi

echo "== done in $(elapsed)"
# The servers stop before the summary, so that the summary stays the last line.
trap - EXIT
on_exit >/dev/null 2>&1
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
