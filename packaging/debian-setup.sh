#!/usr/bin/env bash
# Sets up a Debian 12 machine for Glaneur (installs what is missing with apt), builds it, then
#   run  [ARGS…]  opens the application on its embedded SQLite database (~/.local/share/glaneur)
#   test          builds with warnings as errors and runs the whole test suite
#   bench [ARGS…] builds in Release and runs the benchmark on a ten-year collective (run-benchmarks.sh)
set -euo pipefail

mode=${1:-run}
[ $# -gt 0 ] && shift
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build"

packages=(cmake g++ make pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libgl-dev libvulkan-dev
          libqrencode-dev libxlsxwriter-dev fonts-dejavu-core)
if [ "$mode" = test ] || [ "$mode" = bench ]; then
    # The tests decode QR codes, read PDFs and spreadsheets, inspect databases and check the desktop entry;
    # the benchmark traces SQL through libsqlite3 and times it in the sqlite3 shell.
    packages+=(zbar-tools poppler-utils sqlite3 desktop-file-utils appstream xvfb xauth python3-openpyxl
               libsqlite3-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
case "$mode" in
run)
    cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target glaneur glaneur-cli -j "$jobs"
    exec "$build/app/glaneur" "$@"
    ;;
test)
    cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGLANEUR_WERROR=ON >/dev/null
    cmake --build "$build" -j "$jobs"
    cd "$build"
    ctest --output-on-failure -j "$jobs" --timeout 300
    ;;
bench)
    exec "$top/packaging/run-benchmarks.sh" "$@"
    ;;
*)
    echo "usage: $0 run [--db FILE] | test | bench [--db FILE] [--samples N]" >&2
    exit 2
    ;;
esac
