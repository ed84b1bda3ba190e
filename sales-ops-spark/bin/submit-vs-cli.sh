#!/usr/bin/env bash
# The README's spark-submit command, run for real on the demo export, CSV then Parquet, each report JSON compared
# with `sales-ops report --format json` (minus the two parts only the command adds: "footer" and "trend").
#
#   sales-ops-spark/bin/submit-vs-cli.sh [OUT_DIR]      (default target/spark-submit-check; needs python3)
#
# Build first: mvn -B -q -ntp package -DskipTests   (never `mvn install`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="${1:-target/spark-submit-check}"
mkdir -p "$out"
by=(--by team --by region+quarter)
java -jar sales-ops-cli/target/sales-ops.jar demo --export "$out/demo" > /dev/null
java -jar sales-ops-cli/target/sales-ops.jar report --input "$out/demo/opportunities.csv" --mapping "$out/demo/mapping.json" \
    --format json "${by[@]}" > "$out/cli.json"

start=$(date +%s)
sales-ops-spark/bin/spark-submit.sh --input "$out/demo/opportunities.csv" --mapping "$out/demo/mapping.json" \
    --format csv "${by[@]}" --output "$out/spark-csv.json" 2> "$out/spark-csv.log"
echo "csv job: $(( $(date +%s) - start )) s"
rm -rf "$out/demo/opportunities.parquet"
sales-ops-spark/bin/spark-submit.sh --class dev.salesops.spark.ExportToParquet \
    "$out/demo/opportunities.csv" "$out/demo/mapping.json" "$out/demo/opportunities.parquet" 2> "$out/to-parquet.log"
start=$(date +%s)
sales-ops-spark/bin/spark-submit.sh --input "$out/demo/opportunities.parquet" --mapping "$out/demo/mapping.json" \
    --format parquet "${by[@]}" --output "$out/spark-parquet.json" 2> "$out/spark-parquet.log"
echo "parquet job: $(( $(date +%s) - start )) s"

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
cli = json.load(open(f"{out}/cli.json"))
cli.pop("footer", None)
cli.pop("trend", None)
ok = True
for name in ("spark-csv", "spark-parquet"):
    spark = json.load(open(f"{out}/{name}.json"))
    same = spark == cli
    ok &= same
    print(f"{name}.json == cli.json (without footer, trend): {same}; rowsRead {spark['summary']['rowsRead']}")
sys.exit(0 if ok else 1)
PY
