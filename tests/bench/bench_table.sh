#!/usr/bin/env bash
# Builds a million-lead workspace (cached in build/bench) and runs the lead table benchmark on it.
#   tests/bench/bench_table.sh [build dir, default build/default]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
mkdir -p build/bench
csv=build/bench/leads_1000000.csv
workspace=build/bench/table.leadsync
[ -f "$csv" ] || python3 ../shared/gen_leads.py --rows 1000000 --out "$csv"
if [ ! -f "$workspace" ]; then
    "$build/app/cli/leadsync-cli" --workspace "$workspace" import "$csv"
    # Fills the full-text index, as the app does in the background after an import.
    "$build/app/cli/leadsync-cli" --workspace "$workspace" export - --search acme >/dev/null
fi
"$build/tests/bench/bench_table" "$workspace"
