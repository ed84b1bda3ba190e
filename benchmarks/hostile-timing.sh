#!/usr/bin/env bash
# Untrusted-input measurement (issue 13): every reader over seeded hostile variants and large documents up to
# 1 MB; prints, per reader, the slowest input (ms, second read of each input) and the longest exception message.
# Usage: benchmarks/hostile-timing.sh [VARIANTS_PER_READER] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
# the reactor's own classes (never the local repository's copies), then the third-party jars
OWN="examples/target/test-classes:examples/target/classes:sales-ops-core/target/test-classes"
for m in sales-ops-core sales-ops-scoring sales-ops-metrics sales-ops-json sales-ops-jackson2 sales-ops-cli; do OWN="$OWN:$m/target/classes"; done
# one reactor session compiles and lists the class path (the library's own modules resolve in the reactor, never
# from the local repository); each module of the -am set writes the file in turn, examples (the last) wins
mvn -B -q -ntp test-compile dependency:build-classpath -pl examples -am -DskipTests -Dmdep.includeScope=test \
  -DexcludeGroupIds=dev.salesops -Dmdep.outputFile="$PWD/target/hostile-timing.cp"
CP="$OWN:$(cat target/hostile-timing.cp)"
echo "machine: $(nproc) cores, load: $(uptime | sed 's/.*load average: //')"
java -cp "$CP" dev.salesops.examples.hostile.HostileTimingMain "${1:-2000}" "${2:-1}"
echo "load after: $(uptime | sed 's/.*load average: //')"
