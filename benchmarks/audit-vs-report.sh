#!/usr/bin/env bash
# Times `sales-ops audit` beside `sales-ops report` on the same demo export (issue 16's goal: audit <= 1.5x report).
#
#   benchmarks/audit-vs-report.sh [ROWS] [RUNS] [REPORT_JAR]
#
# ROWS deals (default 1,000,000) are written once as a clean export and as a dirty one (demo --dirty: more
# columns, two more side files, an "audit" object); each command then runs RUNS times (default 3) on each, one
# JVM per run, output to /dev/null, and the medians of wall-clock and CPU (user+sys) seconds are printed with
# the machine's load. REPORT_JAR (default: this tree's jar) lets `report` be timed from another build, e.g. the
# report branch's one-pass reader. Run from the repository root after `mvn -B -q -ntp package -DskipTests`.
set -euo pipefail
ROWS=${1:-1000000}
RUNS=${2:-3}
JAR=sales-ops-cli/target/sales-ops.jar
REPORT_JAR=${3:-$JAR}
DIR=target/bench-audit
JAVA_OPTS=${JAVA_OPTS:--Xmx4g}

for kind in clean dirty; do
  if [ ! -f "$DIR/$kind-$ROWS/opportunities.csv" ]; then
    flag=""; [ "$kind" = dirty ] && flag="--dirty"
    java -Xmx8g -cp "$JAR" benchmarks/scripts/WriteDemoExport.java "$ROWS" "$DIR/$kind-$ROWS" $flag
  fi
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

run() { # label jar args...
  local label=$1 jar=$2; shift 2
  local walls=() cpus=()
  for i in $(seq "$RUNS"); do
    local out tf
    tf=$(mktemp)
    /usr/bin/time -o "$tf" -f "%e %U %S %M" java $JAVA_OPTS -jar "$jar" "$@" > /dev/null 2>&1
    out=$(tail -1 "$tf")
    rm -f "$tf"
    walls+=("$(echo "$out" | awk '{print $1}')")
    cpus+=("$(echo "$out" | awk '{print $2 + $3}')")
    echo "  $label run $i: wall ${walls[-1]} s, cpu ${cpus[-1]} s, max RSS $(echo "$out" | awk '{print int($4/1024)}') MB, load $(cut -d' ' -f1 /proc/loadavg)"
  done
  echo "$label: median wall $(printf '%s\n' "${walls[@]}" | median) s, median cpu $(printf '%s\n' "${cpus[@]}" | median) s"
}

echo "rows $ROWS, runs $RUNS, $(nproc) cores, JAVA_OPTS $JAVA_OPTS; $(uptime)"
for kind in clean dirty; do
  d="$DIR/$kind-$ROWS"
  echo "== $kind export ($(wc -c < "$d/opportunities.csv") bytes)"
  run "report ($kind)" "$REPORT_JAR" report --input "$d/opportunities.csv" --mapping "$d/mapping.json" --as-of 2025-12-31
  run "audit ($kind)" "$JAR" audit --input "$d/opportunities.csv" --mapping "$d/mapping.json" --as-of 2025-12-31
done
echo "$(uptime)"
