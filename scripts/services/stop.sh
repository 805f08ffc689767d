#!/usr/bin/env bash
# Stops exactly the servers scripts/services/start.sh started: the PIDs in its state file, each checked to still be
# that server before it is signalled, then deletes their temp roots. Safe to call twice, and after a failed start.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
state_dir=${WORKFLOW_SERVICES_DIR:-$repo/artifacts/services}
state=$state_dir/state.env
log() { echo "services: $*" >&2; }

if [ -z "${WORKFLOW_SERVICES_LOCKED:-}" ] && [ -d "$state_dir" ]; then
    exec 9>"$state_dir/.lock"
    flock 9
fi
if [ ! -f "$state" ]; then
    log "nothing to stop (no $state)"
    exit 0
fi
# shellcheck disable=SC1090
. "$state"

# A PID is only ours while the process still shows our temp root (or port) on its command line or in its
# environment; after a reboot or a long time the number may belong to someone else.
ours() { # ours PID MARK
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
    tr '\0' '\n' 2>/dev/null <"/proc/$1/cmdline" | grep -qF -- "$2" && return 0
    tr '\0' '\n' 2>/dev/null <"/proc/$1/environ" | grep -qF -- "$2"
}

stop_pid() { # stop_pid NAME PID MARK SIGNAL SECONDS
    local name=$1 pid=$2 mark=$3 signal=$4 seconds=$5
    if ! ours "$pid" "$mark"; then
        return 0
    fi
    kill "-$signal" "$pid" 2>/dev/null
    local deadline=$(( $(date +%s) + seconds ))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            log "$name (pid $pid) still running after ${seconds}s: SIGKILL"
            kill -KILL "$pid" 2>/dev/null
            break
        fi
        sleep 0.1
    done
    log "stopped $name (pid $pid)"
}

# SIGINT is PostgreSQL's fast shutdown; SIGTERM makes the Erlang VM stop RabbitMQ cleanly.
[ -n "${PG_ROOT:-}" ] && stop_pid PostgreSQL "${PG_PID:-}" "$PG_ROOT/data" INT 30
[ -n "${RABBIT_ROOT:-}" ] && stop_pid RabbitMQ "${RABBIT_PID:-}" "$RABBIT_ROOT" TERM 30
[ -n "${RABBIT_ROOT:-}" ] && stop_pid "rabbitmq-server script" "${RABBIT_WRAPPER_PID:-}" "$RABBIT_ROOT" TERM 10
[ -n "${EPMD_PORT:-}" ] && stop_pid epmd "${EPMD_PID:-}" "$EPMD_PORT" TERM 10

for dir in "${PG_ROOT:-}" "${RABBIT_ROOT:-}"; do
    case "$dir" in
        /tmp/wf-pg.* | /tmp/wf-rabbitmq.*) rm -rf "$dir" ;;
    esac
done
rm -f "$state"
log "stopped"
