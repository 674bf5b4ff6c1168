#!/usr/bin/env bash
# Measures Glaneur on a ten-year collective (issue 7, docs/performance.md): builds glaneur, glaneur-cli
# and bench_collective in Release, generates the database once if it is missing (glaneur-cli generate
# --years 10 --sites 5 --seed 1), then runs the benchmark. Prints the table; writes the figures as JSON
# and the hot queries' plans as Markdown next to the database. Packages: packaging/debian-setup.sh bench.
#   packaging/run-benchmarks.sh [--db FILE] [bench_collective options: --samples N, --year Y, --seed N…]
# GLANEUR_BENCH_DIR: where the database and the results go (default: build-release/bench).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-release"
dir=${GLANEUR_BENCH_DIR:-$build/bench}
db="$dir/collective-10y.db"
if [ "${1:-}" = --db ]; then
    db=$(realpath -m "$2")
    shift 2
fi
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target glaneur glaneur-cli bench_collective -j "$jobs"

mkdir -p "$dir"
if [ ! -s "$db" ]; then
    # Written under another name and renamed when complete: a stopped run leaves no half database.
    echo "Generating $db: ten years, five kitchens, seed 1 (about 40 minutes on two cores)..."
    rm -f "$db.part" "$db.part-wal" "$db.part-shm"
    "$build/app/glaneur-cli" --db "$db.part" --user generator --lang en \
        generate --years 10 --sites 5 --seed 1 --json >"$dir/generate-summary.json"
    mv "$db.part" "$db"
fi

export TZ=America/Toronto LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
# The copy the benchmark writes to sits next to the database: on the same disk, with the same fsync.
exec "$build/tests/bench_collective" --db "$db" --work "$(dirname "$db")" --json "$dir/bench-results.json" \
    --plans "$dir/query-plans.md" "$@"
