#!/usr/bin/env bash
# Runs the product on its embedded default at http://127.0.0.1:5080: a SQLite file under ./data (WAL,
# synchronous=FULL), the in-memory bus, the timer pump and the outbox relay, and demo data on a fresh database.
# Extra arguments go to the web host, e.g.
#   scripts/run.sh --urls http://127.0.0.1:5099
#   scripts/run.sh --Workflow:Persistence:Provider=Postgres --Workflow:Persistence:ConnectionString="Host=…"
#   scripts/run.sh --Messaging:Transport=RabbitMQ --Messaging:RabbitMq:Host=amqp://guest:guest@127.0.0.1:5672/
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# `dotnet run` starts the host in its project folder; here ./data means the repository's data folder.
export Workflow__Persistence__DataFolder="${Workflow__Persistence__DataFolder:-$(pwd)/data}"
exec dotnet run --project web/Workflow.Web -c Release -- "$@"
