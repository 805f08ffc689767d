#!/usr/bin/env bash
# Runs the product on its embedded default (in-memory stores and bus, demo data) at http://127.0.0.1:5080.
# Extra arguments go to the web host, e.g. scripts/run.sh --urls http://127.0.0.1:5099
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project web/Workflow.Web -c Release -- "$@"
