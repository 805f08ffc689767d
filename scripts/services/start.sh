#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster and a RabbitMQ node on free 127.0.0.1 ports, for the integration tests.
#
#   eval "$(scripts/services/start.sh)"     # exports WORKFLOW_PG, WORKFLOW_AMQP, WORKFLOW_AMQP_ADMIN
#   scripts/services/stop.sh                # stops exactly what this started, by PID
#
# - Idempotent: when the processes of the state file are still up, it prints their settings again (and
#   WORKFLOW_SERVICES_REUSED=1) instead of starting a second pair.
# - As root it installs what is missing with apt: postgresql, rabbitmq-server, and chromium + chromium-driver for
#   the browser tests. As another user the packages must be there already.
# - Nothing touches the machine's own clusters or brokers: PostgreSQL gets its own data directory, RabbitMQ its own
#   node name, config, mnesia and log directories, cookie, Erlang distribution port and epmd (on its own port, on
#   loopback), all under two temp roots that stop.sh deletes.
# - PostgreSQL runs with fsync=off, synchronous_commit=off and full_page_writes=off: it is a test throwaway, and
#   durability is what the SQLite crash test checks, not this server.
# - stdout carries only the export lines; progress and timings go to stderr.
# State: artifacts/services/state.env (WORKFLOW_SERVICES_DIR moves it). Logs stay in the temp roots until stop.sh.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
state_dir=${WORKFLOW_SERVICES_DIR:-$repo/artifacts/services}
state=$state_dir/state.env
mkdir -p "$state_dir"

log() { echo "services: $*" >&2; }
now_ms() { date +%s%3N; }
since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%03d s' $((ms / 1000)) $((ms % 1000)); }
t_all=$(now_ms)

# Two starts at once (two terminals, a test run beside a manual start) must not both start servers.
# The servers must not inherit the lock's descriptor (9>&- below), or it would stay locked while they run.
exec 9>"$state_dir/.lock"
flock 9

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
listening() { ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }

print_exports() {
    echo "export WORKFLOW_PG='Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=wf'"
    echo "export WORKFLOW_AMQP='amqp://guest:guest@127.0.0.1:$AMQP_PORT/'"
    echo "export WORKFLOW_AMQP_ADMIN='http://guest:guest@127.0.0.1:$AMQP_ADMIN_PORT/'"
}

if [ -f "$state" ]; then
    # shellcheck disable=SC1090
    . "$state"
    if alive "${PG_PID:-}" && alive "${RABBIT_PID:-}" && listening "$PG_PORT" && listening "$AMQP_PORT"; then
        log "already running (PostgreSQL $PG_PORT, RabbitMQ $AMQP_PORT); reusing them"
        print_exports
        echo "export WORKFLOW_SERVICES_REUSED=1"
        exit 0
    fi
    log "stale state file: stopping what is left of it first"
    WORKFLOW_SERVICES_LOCKED=1 "$repo/scripts/services/stop.sh" >&2
fi

# ---------------------------------------------------------------------------------------------- packages
need=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
# Without a CJK font Chromium draws Chinese pages as empty boxes in the browser tests' screenshots.
[ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "missing packages: ${need[*]}; run this script as root once to install them"
        exit 1
    fi
    t=$(now_ms)
    export DEBIAN_FRONTEND=noninteractive
    apt_install() {
        apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${need[@]}" >"$state_dir/apt.log" 2>&1
    }
    # A fresh image has no package lists; an old one may point at files the mirror no longer has.
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null || ! apt_install; then
        log "apt-get update"
        apt-get -o DPkg::Lock::Timeout=600 update -q >>"$state_dir/apt.log" 2>&1
        apt_install || { tail -20 "$state_dir/apt.log" >&2; log "apt-get install ${need[*]} failed"; exit 1; }
    fi
    log "installed ${need[*]} in $(since "$t")"
fi

# ---------------------------------------------------------------------------------------------- ports
chosen=" "
# Below the kernel's ephemeral range (32768+), so an outgoing connection never holds a port we picked.
free_port() {
    local p
    for _ in $(seq 1 200); do
        p=$(( 20000 + RANDOM % 12000 ))
        if [[ "$chosen" != *" $p "* ]] && ! ss -Htan "sport = :$p" 2>/dev/null | grep -q .; then
            chosen="$chosen$p "
            echo "$p"
            return 0
        fi
    done
    log "no free port found"
    return 1
}

# As root, servers run as their service accounts. setpriv execs (runuser would fork and wait), and so does setsid
# outside job control, so for `setsid "${as_rabbitmq[@]}" server &` $! is the server's own PID.
as_postgres=(); as_rabbitmq=()
if [ "$(id -u)" -eq 0 ]; then
    as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups --)
    as_rabbitmq=(setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups --)
fi
own() { if [ "$(id -u)" -eq 0 ]; then chown -R "$1" "$2"; fi; }

wait_for() { # wait_for SECONDS PID DESCRIPTION CHECK...: poll CHECK until it passes, the PID dies or time runs out
    local seconds=$1 pid=$2 what=$3; shift 3
    local deadline=$(( $(date +%s) + seconds ))
    until "$@"; do
        if ! alive "$pid"; then log "$what exited during start-up"; return 1; fi
        if [ "$(date +%s)" -ge "$deadline" ]; then log "$what not ready after ${seconds}s"; return 1; fi
        sleep 0.1
    done
}

write_state() {
    {
        echo "# written by scripts/services/start.sh; read by stop.sh"
        for v in PG_ROOT PG_PORT PG_PID PG_BIN RABBIT_ROOT RABBIT_NODE AMQP_PORT AMQP_ADMIN_PORT RABBIT_DIST_PORT \
                 EPMD_PORT EPMD_PID RABBIT_WRAPPER_PID RABBIT_PID; do
            printf '%s=%q\n' "$v" "${!v:-}"
        done
    } >"$state.tmp"
    mv "$state.tmp" "$state"
}

cleanup_on_failure() {
    local status=$?
    if [ $status -ne 0 ]; then
        log "start failed; stopping what was started"
        write_state
        WORKFLOW_SERVICES_LOCKED=1 "$repo/scripts/services/stop.sh" >&2 || true
    fi
}
trap cleanup_on_failure EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR

# ---------------------------------------------------------------------------------------------- PostgreSQL
t=$(now_ms)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_ROOT=$(mktemp -d /tmp/wf-pg.XXXXXX)
mkdir -p "$PG_ROOT/data" "$PG_ROOT/sock"
own postgres "$PG_ROOT"
"${as_postgres[@]}" "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_ROOT/initdb.log" 2>&1 \
    || { cat "$PG_ROOT/initdb.log" >&2; exit 1; }
for attempt in 1 2 3; do
    PG_PORT=$(free_port)
    # Sized for two hosts with their pools plus the tests' own connections.
    if setsid "${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 60 -o \
        "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_ROOT/sock -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1 9>&-; then
        break
    fi
    # Another process can take the port between our check and the bind: try another one.
    grep -q 'could not bind\|Address already in use' "$PG_ROOT/server.log" 2>/dev/null && [ $attempt -lt 3 ] && continue
    tail -20 "$PG_ROOT/server.log" >&2 || true
    exit 1
done
PG_PID=$(head -1 "$PG_ROOT/data/postmaster.pid")
write_state
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAtc "create database wf" >/dev/null
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (pid $PG_PID) ready in $(since "$t")"

# ---------------------------------------------------------------------------------------------- RabbitMQ
t=$(now_ms)
RABBIT_ROOT=$(mktemp -d /tmp/wf-rabbitmq.XXXXXX)
RABBIT_NODE="wf-$(basename "$RABBIT_ROOT" | cut -d. -f2 | tr 'A-Z' 'a-z')@localhost"
AMQP_PORT=$(free_port); AMQP_ADMIN_PORT=$(free_port); RABBIT_DIST_PORT=$(free_port); EPMD_PORT=$(free_port)
ctl_port=$(free_port)
mkdir -p "$RABBIT_ROOT/home" "$RABBIT_ROOT/mnesia" "$RABBIT_ROOT/log"
head -c 16 /dev/urandom | od -An -tx1 | tr -dc '0-9a-f' | tr '0-9a-f' 'A-P' >"$RABBIT_ROOT/home/.erlang.cookie"
chmod 400 "$RABBIT_ROOT/home/.erlang.cookie"
: >"$RABBIT_ROOT/rabbitmq-env.conf" # read instead of /etc/rabbitmq/rabbitmq-env.conf
cat >"$RABBIT_ROOT/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $AMQP_ADMIN_PORT
loopback_users.guest = true
EOF
# The management plugin gives the tests an HTTP API to create a fresh virtual host per run.
echo '[rabbitmq_management].' >"$RABBIT_ROOT/enabled_plugins"
own rabbitmq "$RABBIT_ROOT"

rabbit_env=(
    HOME="$RABBIT_ROOT/home"
    RABBITMQ_CONF_ENV_FILE="$RABBIT_ROOT/rabbitmq-env.conf"
    RABBITMQ_CONFIG_FILE="$RABBIT_ROOT/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$RABBIT_ROOT/advanced.config"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_ROOT/enabled_plugins"
    RABBITMQ_MNESIA_BASE="$RABBIT_ROOT/mnesia"
    RABBITMQ_LOG_BASE="$RABBIT_ROOT/log"
    RABBITMQ_PID_FILE="$RABBIT_ROOT/rabbit.pid"
    RABBITMQ_NODENAME="$RABBIT_NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$AMQP_PORT"
    RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT"
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    RABBITMQ_CTL_DIST_PORT_MIN="$ctl_port"
    RABBITMQ_CTL_DIST_PORT_MAX="$ctl_port"
    RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    ERL_EPMD_PORT="$EPMD_PORT"
    ERL_EPMD_ADDRESS=127.0.0.1
)
rabbit() { "${as_rabbitmq[@]}" env "${rabbit_env[@]}" "$@"; }

# Our own epmd on its own port: the node registers there, and stop.sh can end exactly this one.
# setsid: the servers get their own session, so a Ctrl-C in the terminal that started them does not reach them.
setsid "${as_rabbitmq[@]}" env "${rabbit_env[@]}" epmd -address 127.0.0.1 -port "$EPMD_PORT" </dev/null >"$RABBIT_ROOT/log/epmd.out" 2>&1 9>&- &
EPMD_PID=$!
write_state
wait_for 10 "$EPMD_PID" epmd listening "$EPMD_PORT"

setsid "${as_rabbitmq[@]}" env "${rabbit_env[@]}" /usr/lib/rabbitmq/bin/rabbitmq-server </dev/null >"$RABBIT_ROOT/log/server.out" 2>&1 9>&- &
RABBIT_WRAPPER_PID=$!
write_state
show_rabbit_log() { tail -30 "$RABBIT_ROOT/log/server.out" >&2 || true; }
wait_for 30 "$RABBIT_WRAPPER_PID" "RabbitMQ (pid file)" test -s "$RABBIT_ROOT/rabbit.pid" || { show_rabbit_log; exit 1; }
RABBIT_PID=$(cat "$RABBIT_ROOT/rabbit.pid")
write_state
wait_for 120 "$RABBIT_PID" "RabbitMQ (AMQP port)" listening "$AMQP_PORT" || { show_rabbit_log; exit 1; }
# The AMQP listener opens near the end of boot; await_startup covers the rest (plugins, the management listener).
rabbit timeout 60 /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$RABBIT_NODE" await_startup >/dev/null || { show_rabbit_log; exit 1; }
wait_for 30 "$RABBIT_PID" "RabbitMQ (management port)" listening "$AMQP_ADMIN_PORT" || { show_rabbit_log; exit 1; }
log "RabbitMQ 3.10 node $RABBIT_NODE on 127.0.0.1:$AMQP_PORT, management :$AMQP_ADMIN_PORT (pid $RABBIT_PID, epmd $EPMD_PID on :$EPMD_PORT) ready in $(since "$t")"

trap - EXIT
log "both ready in $(since "$t_all"); state in $state"
print_exports
