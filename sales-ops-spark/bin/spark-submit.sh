#!/usr/bin/env bash
# Runs a sales-ops-spark job through spark-submit, as the README says:
#
#   sales-ops-spark/bin/spark-submit.sh [--class CLASS] JOB-ARGS...
#
# is   spark-submit --class CLASS --master "${SPARK_MASTER:-local[2]}" \
#          --jars sales-ops-cli/target/sales-ops.jar sales-ops-spark/target/sales-ops-spark-VERSION.jar JOB-ARGS...
#
# CLASS defaults to dev.salesops.spark.SparkReportJob. It uses the spark-submit of a Spark distribution when there
# is one ($SPARK_HOME/bin or the PATH). Without one (e.g. a developer machine or CI), it runs the same command
# through Spark's own SparkSubmit main class, on the class path of the Spark version the module is built against
# (its `provided` dependencies, resolved by Maven), with the JVM options Spark's launcher adds on Java 17+.
# Build first: mvn -B -q -ntp package -DskipTests   (never `mvn install`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
class=dev.salesops.spark.SparkReportJob
if [[ "${1:-}" == "--class" ]]; then
  class="$2"
  shift 2
fi
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' sales-ops-spark/pom.xml | head -1)"
app="sales-ops-spark/target/sales-ops-spark-$version.jar"
jars="sales-ops-cli/target/sales-ops.jar"
for f in "$app" "$jars"; do
  [[ -f "$f" ]] || { echo "spark-submit.sh: $f is missing: run mvn -B -q -ntp package -DskipTests first" >&2; exit 2; }
done
master="${SPARK_MASTER:-local[2]}"

submit=""
if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  submit="$SPARK_HOME/bin/spark-submit"
elif command -v spark-submit >/dev/null 2>&1; then
  submit="$(command -v spark-submit)"
fi
if [[ -n "$submit" ]]; then
  echo "spark-submit.sh: $submit" >&2
  exec "$submit" --class "$class" --master "$master" --jars "$jars" "$app" "$@"
fi

# No Spark distribution: the same SparkSubmit, on the module's provided (Spark) class path.
cp_file="sales-ops-spark/target/spark-submit.classpath"
if [[ ! -s "$cp_file" || sales-ops-spark/pom.xml -nt "$cp_file" || pom.xml -nt "$cp_file" ]]; then
  mvn -B -q -ntp dependency:build-classpath -pl sales-ops-spark -am -Dmdep.includeScope=provided \
      -DexcludeGroupIds=dev.salesops -Dmdep.outputFile=target/spark-submit.classpath >&2
fi
opens="$(sed -n 's:.*<spark.test.jvm.args>\(.*\)</spark.test.jvm.args>.*:\1:p' sales-ops-spark/pom.xml)"
echo "spark-submit.sh: no Spark distribution; running org.apache.spark.deploy.SparkSubmit on the module's Spark class path" >&2
# shellcheck disable=SC2086
exec java ${SPARK_SUBMIT_JAVA_OPTS:-} $opens -cp "$(cat "$cp_file")" org.apache.spark.deploy.SparkSubmit \
    --class "$class" --master "$master" --jars "$jars" "$app" "$@"
