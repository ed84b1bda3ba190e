#!/usr/bin/env bash
# Spring Boot starter cost (issue 21): start-up time and heap after start of a bare Boot web service (one endpoint)
# against the same service with sales-ops-spring-boot-starter on its class path, on Boot 3.5.7 (Jackson 2) and
# Boot 4.0.7 (Jackson 3). The starter's auto-configuration then builds everything a host gets: the JSON module,
# the bounded mapper, the shipped sales pipeline with the BANT policy (the state machine loaded and compiled) and
# the problem-details advice. Runs alternate (bare, starter, bare, ...) so both see the same machine load.
# Prints every run and the medians: JVM uptime when the context is ready (ms), the process's CPU time then (ms: far
# less sensitive to other load than wall time), heap used after two full GCs (KiB).
# Usage: benchmarks/boot-startup.sh [RUNS]     (default 7; JAVA_HOME selects the JDK)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
OUT=benchmarks/target/boot-startup
mkdir -p "$OUT"

HOSTS=(examples/boot3-host)
grep -q '^ *<module>examples/boot4-host</module>' pom.xml && HOSTS+=(examples/boot4-host)
PL=$(IFS=,; echo "${HOSTS[*]}")
# the reactor's jars (never the local repository's copies) and each host's third-party class path
mvn -B -q -ntp package -DskipTests -Dmaven.javadoc.skip dependency:build-classpath -Dmdep.includeScope=runtime \
  -DexcludeGroupIds=dev.salesops -Dmdep.outputFile=target/runtime.cp -pl "$PL" -am
OWN=""
for m in sales-ops-core sales-ops-scoring sales-ops-metrics sales-ops-json sales-ops-jackson2 sales-ops-jackson3 \
    sales-ops-spring-boot-starter; do
  [ -d "$m/target/classes" ] && OWN="$OWN:$PWD/$m/target/classes"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, JDK: $(java -version 2>&1 | head -n 1), load before: $(uptime | sed 's/.*load average: //')"
for host in "${HOSTS[@]}"; do
  boot=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' "$host/pom.xml")
  web=spring-boot-starter-web; [[ "$boot" == 4.* ]] && web=spring-boot-starter-webmvc
  dir="$OUT/boot-$boot"; mkdir -p "$dir/bare"
  # the bare service's class path: what Boot's web starter alone brings
  cat > "$dir/bare/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
    <version>$boot</version><relativePath/></parent>
  <groupId>bench</groupId><artifactId>bare</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>$web</artifactId></dependency></dependencies>
</project>
POM
  mvn -B -q -ntp -f "$dir/bare/pom.xml" dependency:build-classpath -Dmdep.outputFile="$PWD/$dir/bare.cp"
  cp "$host/target/runtime.cp" "$dir/starter.cp"
  javac -q -d "$dir/classes" -cp "$(cat "$dir/bare.cp")" benchmarks/boot-startup/BareService.java 2>/dev/null || \
    javac -d "$dir/classes" -cp "$(cat "$dir/bare.cp")" benchmarks/boot-startup/BareService.java
  BARE_CP="$dir/classes:$(cat "$dir/bare.cp")"
  STARTER_CP="$dir/classes$OWN:$(cat "$dir/starter.cp")"
  : > "$dir/bare.txt"; : > "$dir/starter.txt"
  for i in $(seq 1 "$RUNS"); do
    for kind in bare starter; do
      cp_var=BARE_CP; [ "$kind" = starter ] && cp_var=STARTER_CP
      line=$(java -cp "${!cp_var}" bench.BareService --server.port=0 --logging.level.root=WARN \
        --spring.main.banner-mode=off | grep '^RESULT')
      echo "boot $boot $kind run $i: $line"
      echo "$line" >> "$dir/$kind.txt"
    done
  done
  for kind in bare starter; do
    ready=$(sed 's/.*ready_ms=\([0-9]*\).*/\1/' "$dir/$kind.txt" | median)
    cpu=$(sed 's/.*cpu_ms=\([0-9]*\).*/\1/' "$dir/$kind.txt" | median)
    heap=$(sed 's/.*heap_after_gc_kib=\([0-9]*\).*/\1/' "$dir/$kind.txt" | median)
    echo "MEDIAN boot $boot $kind: ready ${ready} ms, CPU ${cpu} ms, heap after GC ${heap} KiB ($RUNS runs)"
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
