#!/usr/bin/env bash
# Builds a workspace of generated leads (a million by default; cached in build/bench) and runs the
# lead table benchmark on it.
#   tests/bench/bench_table.sh [build dir, default build/default] [rows, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
rows=${2:-1000000}
mkdir -p build/bench
csv=build/bench/leads_$rows.csv
workspace=build/bench/table_$rows.leadsync
[ -f "$csv" ] || python3 ../shared/gen_leads.py --rows "$rows" --out "$csv"
if [ ! -f "$workspace" ]; then
    "$build/app/cli/leadsync-cli" --workspace "$workspace" import "$csv"
    # Fills the full-text index, as the app does in the background after an import.
    "$build/app/cli/leadsync-cli" --workspace "$workspace" export - --search acme >/dev/null
fi
"$build/tests/bench/bench_table" "$workspace"
