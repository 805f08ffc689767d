#!/usr/bin/env bash
# Runs the product in DEMO MODE on its embedded default at http://127.0.0.1:5080: a SQLite file under ./data (WAL,
# synchronous=FULL), the in-memory bus, the timer pump and the outbox relay, and the demo organisation, accounts
# (published password) and sample cases. It runs as Production (no launch profile): nothing trusts request headers.
# A real deployment leaves demo mode off (docs/deployment.md); its first administrator is made at /setup.
# Extra arguments go to the web host, e.g.
#   scripts/run.sh --urls http://127.0.0.1:5099
#   scripts/run.sh --Workflow:Persistence:Provider=Postgres --Workflow:Persistence:ConnectionString="Host=…"
#   scripts/run.sh --Messaging:Transport=RabbitMQ --Messaging:RabbitMq:Host=amqp://guest:guest@127.0.0.1:5672/
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# `dotnet run` starts the host in its project folder; here ./data means the repository's data folder.
export Workflow__Persistence__DataFolder="${Workflow__Persistence__DataFolder:-$(pwd)/data}"
echo "== 演示模式 · DEMO MODE: demo accounts with the published password Demo@2026 and sample cases; never use it with real data."
exec dotnet run --project web/Workflow.Web -c Release --no-launch-profile -- --Workflow:DemoData=true "$@"
