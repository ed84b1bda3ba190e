#!/usr/bin/env bash
# Never worse than R: fits stats::HoltWinters (R's L-BFGS-B) and the library's ExponentialSmoothing to the same
# N random 60-point monthly series, additive and multiplicative, and prints for each: the series count, fits per
# CPU-second of both, the worst SSE ratio ours/R, how many series ours is worse than R * (1 + 1e-6), and the
# failures of each. Without Rscript only the library's side runs.
#
#   benchmarks/forecast-vs-r.sh [N=10000] [SEED=7] [WORKDIR=target/forecast-vs-r]
#
# The series (dev.salesops.benchmarks.forecast.ForecastVsR generate) are seeded and varied: trend with a
# multiplicative season; additive season with heavy noise; a drifting local linear trend (R often ends at
# beta = 1 with a small alpha); a level random walk with a weak season; a changing slope with a strong season.
# REUSE_R=1 keeps R's results from an earlier run with the same N and SEED.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SEED=${2:-7}
WORK=${3:-target/forecast-vs-r}
mkdir -p "$WORK"
if [ ! -f benchmarks/target/benchmarks.jar ] || [ "${REBUILD:-1}" = 1 ]; then
  mvn -B -q -ntp package -pl benchmarks -am -DskipTests
fi
JAR=benchmarks/target/benchmarks.jar
CSV="$WORK/series-$N-$SEED.csv"
java -cp "$JAR" dev.salesops.benchmarks.forecast.ForecastVsR generate "$CSV" "$N" "$SEED"
echo "machine: $(nproc) cores; $(uptime)"
for seasonal in additive multiplicative; do
  R_OUT="$WORK/r-$seasonal-$N-$SEED.csv"
  if command -v Rscript > /dev/null; then
    if [ "${REUSE_R:-0}" = 1 ] && [ -f "$R_OUT" ] && [ -f "$R_OUT.log" ]; then
      cat "$R_OUT.log"
    else
      Rscript benchmarks/src/main/r/forecast_vs_r.R "$CSV" "$seasonal" "$R_OUT" 2> /dev/null | tee "$R_OUT.log"
    fi
    java -cp "$JAR" dev.salesops.benchmarks.forecast.ForecastVsR compare "$CSV" "$R_OUT" "$seasonal"
  else
    echo "Rscript not found: library side only"
    java -cp "$JAR" dev.salesops.benchmarks.forecast.ForecastVsR compare "$CSV" /dev/null "$seasonal"
  fi
done
echo "after: $(uptime)"
