#!/usr/bin/env bash
# Regenerates docs/report-dashboard.png, the README's screenshot of the `sales-ops report --format html` page:
# the demo company exported as CSV, its report with two breakdowns, drawn by headless Chromium.
# Needs Chromium (Debian: apt-get install chromium). Run from the repository root: bash docs/report-screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp package -DskipTests -pl sales-ops-cli -am
JAR=sales-ops-cli/target/sales-ops.jar
OUT=target/report-screenshot
mkdir -p "$OUT"
java -jar "$JAR" demo --export "$OUT/export" > /dev/null
java -jar "$JAR" report --input "$OUT/export/opportunities.csv" --mapping "$OUT/export/mapping.json" \
    --by team --by region+quarter --format html --output "$OUT/report.html"
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$PROFILE" --host-resolver-rules="MAP * ~NOTFOUND" \
    --hide-scrollbars --window-size=1280,1900 --screenshot="$PWD/docs/report-dashboard.png" "file://$PWD/$OUT/report.html" 2>/dev/null
ls -l docs/report-dashboard.png
