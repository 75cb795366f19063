#!/usr/bin/env bash
# Spreads the million-lead workspace of bench_table.sh over the pipeline's stages (once) and runs the
# board benchmark on it.
#   tests/bench/bench_board.sh [build dir, default build/default]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
workspace=build/bench/board.leadsync
if [ ! -f "$workspace" ]; then
    tests/bench/bench_table.sh "$build" >/dev/null
    cp build/bench/table.leadsync "$workspace"
    # Opening migrates it; then a realistic funnel: most new, fewer further on.
    "$build/app/cli/leadsync-cli" --workspace "$workspace" pipeline >/dev/null
    sqlite3 "$workspace" "UPDATE leads SET stage = CASE WHEN id % 100 = 0 THEN 'qualified' WHEN id % 20 = 0 THEN
        'contacted' WHEN id % 333 = 0 THEN 'lost' WHEN id % 1000 = 1 THEN 'transferred' ELSE 'new' END"
fi
"$build/tests/bench/bench_board" "$workspace"
