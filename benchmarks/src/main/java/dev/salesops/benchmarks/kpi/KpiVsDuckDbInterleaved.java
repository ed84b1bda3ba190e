package dev.salesops.benchmarks.kpi;

import dev.salesops.metrics.kpi.KpiEngine;
import dev.salesops.metrics.period.PeriodScheme;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 14, goal 1</b>, interleaved: the workloads of {@link KpiVsDuckDbBenchmark} (same data, same
 * SQL, same set-up: DuckDB loaded in memory with all cores, the library on {@code KpiColumns} with all cores)
 * run in rotating order round after round in one JVM, so that both sides see the same machine load; for each,
 * the median wall time and the median process CPU time (all threads of the process, DuckDB's native threads
 * included) are printed, with the library / DuckDB ratios. On a shared machine the CPU time is the steadier
 * figure; the goal is stated in wall time, so both are reported.
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.kpi.KpiVsDuckDbInterleaved
 * [records] [owners] [rounds]} (defaults 10,000,000, 1,000, 9; the first two rounds are warm-up).
 */
public final class KpiVsDuckDbInterleaved {
  private KpiVsDuckDbInterleaved() {}

  public static void main(String[] args) throws Exception {
    KpiVsDuckDbBenchmark b = new KpiVsDuckDbBenchmark();
    b.records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    b.owners = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long t0 = System.nanoTime();
    b.load();
    System.out.println("# set-up (generate, build columns, load DuckDB, check): " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Map<String, Task> tasks = new LinkedHashMap<>();
    tasks.put("libraryBuildColumns", () -> bh.consume(b.buildColumns()));
    tasks.put("libraryNarrow", () -> bh.consume(KpiEngine.headline(b.options, b.columns, true)));
    tasks.put("duckdbNarrow", () -> b.runAll(KpiVsDuckDbBenchmark.NARROW, bh));
    tasks.put("libraryByOwner", () -> bh.consume(KpiEngine.byGroup(b.options, b.columns, true)));
    tasks.put("duckdbByOwner", () -> b.runAll(KpiVsDuckDbBenchmark.BY_OWNER, bh));
    tasks.put("libraryByMonth", () -> bh.consume(KpiEngine.byPeriod(b.options, b.columns, PeriodScheme.calendarMonth(), true)));
    tasks.put("duckdbByMonth", () -> b.runAll(KpiVsDuckDbBenchmark.BY_MONTH, bh));
    List<String> names = new ArrayList<>(tasks.keySet());
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    names.forEach(n -> samples.put(n, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        String name = names.get((k + round) % names.size());
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        tasks.get(name).run();
        long w = System.nanoTime() - wall;
        long c = os.getProcessCpuTime() - cpu;
        if (round >= 2) {
          samples.get(name).add(new long[] {w, c});
        }
      }
      System.out.println("# round " + round + " done, load " + os.getSystemLoadAverage());
    }
    Map<String, double[]> med = new LinkedHashMap<>();
    for (String n : names) {
      List<long[]> s = samples.get(n);
      double wall = median(s.stream().mapToLong(x -> x[0]).toArray()) / 1e6;
      double cpu = median(s.stream().mapToLong(x -> x[1]).toArray()) / 1e6;
      med.put(n, new double[] {wall, cpu});
      System.out.printf("%-20s median wall %9.1f ms   median process CPU %9.1f ms   (n=%d)%n", n, wall, cpu, s.size());
    }
    for (String w : List.of("Narrow", "ByOwner", "ByMonth")) {
      double[] l = med.get("library" + w);
      double[] d = med.get("duckdb" + w);
      System.out.printf("ratio library/DuckDB %-8s wall %.3f   CPU %.3f%n", w, l[0] / d[0], l[1] / d[1]);
    }
    System.out.println("# cores " + Runtime.getRuntime().availableProcessors() + ", load average at end " + os.getSystemLoadAverage());
    b.duck.close();
  }

  private static double median(long[] v) {
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }

  @FunctionalInterface
  private interface Task {
    void run() throws Exception;
  }
}
