package dev.salesops.core.testing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * A measurement, not a test: feeds seeded hostile variants to readers and reports, per reader, the slowest
 * input (time and size) and the longest exception message. Run from a module's test class path, e.g. with
 * {@code benchmarks/hostile-timing.sh}. Each input is read twice and the second time counts (warm code). Besides
 * the wall-clock time, the reading thread's CPU time is reported (slowest input by CPU time, and its size): on a
 * shared machine the wall clock mostly measures the other processes.
 */
public final class HostileTiming {
  /** One reader under measurement. */
  public record Target(String name, String valid, Reader reader) {}

  /** A read of one input. */
  @FunctionalInterface
  public interface Reader {
    void read(String json) throws Exception;
  }

  private HostileTiming() {}

  /**
   * Measures every target over {@code variants} hostile variants plus {@code extra} inputs; prints a table. Per
   * reader: inputs, slowest wall-clock ns, its size, longest message, slowest CPU ns, its size.
   */
  public static Map<String, long[]> run(List<Target> targets, int variants, List<String> extra, long seed) {
    Map<String, long[]> out = new LinkedHashMap<>();
    LongSupplier cpuClock = threadCpuClock();
    System.out.printf("%-28s %10s %12s %14s %10s %12s %14s%n", "reader", "inputs", "slowest ms", "its size (B)", "max msg",
        "slowest cpu", "its size (B)");
    long total = 0;
    for (Target t : targets) {
      List<String> inputs = new ArrayList<>(HostileJson.variants(t.valid(), seed, variants));
      inputs.addAll(extra);
      long slowest = 0;
      long slowestSize = 0;
      long longestMessage = 0;
      long slowestCpu = 0;
      long slowestCpuSize = 0;
      for (String json : inputs) {
        if (json.length() > 1_048_576) {
          continue; // the goal is stated for inputs of at most 1 MB
        }
        long took = 0;
        long tookCpu = 0;
        for (int pass = 0; pass < 2; pass++) {
          long startCpu = cpuClock.getAsLong();
          long start = System.nanoTime();
          try {
            t.reader().read(json);
          } catch (Throwable e) {
            longestMessage = Math.max(longestMessage, String.valueOf(e.getMessage()).length());
          }
          took = System.nanoTime() - start;
          tookCpu = cpuClock.getAsLong() - startCpu;
        }
        if (took > slowest) {
          slowest = took;
          slowestSize = json.length();
        }
        if (tookCpu > slowestCpu) {
          slowestCpu = tookCpu;
          slowestCpuSize = json.length();
        }
        total++;
      }
      out.put(t.name(), new long[] {inputs.size(), slowest, slowestSize, longestMessage, slowestCpu, slowestCpuSize});
      System.out.printf("%-28s %10d %12.2f %14d %10d %12.2f %14d%n", t.name(), inputs.size(), slowest / 1e6, slowestSize,
          longestMessage, slowestCpu / 1e6, slowestCpuSize);
    }
    System.out.println("inputs read: " + total + " (seed " + seed + ")");
    return out;
  }

  /**
   * The current thread's CPU time in ns (0 where the JVM cannot tell). Through reflection: this test-jar's module
   * does not read {@code java.management}, and only the measurement (run from the class path) needs it.
   */
  private static LongSupplier threadCpuClock() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Method cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
      cpu.invoke(threads);
      return () -> {
        try {
          return (long) cpu.invoke(threads);
        } catch (ReflectiveOperationException e) {
          return 0;
        }
      };
    } catch (ReflectiveOperationException | RuntimeException e) {
      return () -> 0;
    }
  }

  /** Large but well-formed documents (up to 1 MB) built from a seed, for the linear-time check. */
  public static List<String> large(long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder("{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[");
    for (int i = 0; b.length() < 1_000_000; i++) {
      b.append(i == 0 ? "" : ",").append("{\"zz\":").append(r.nextInt(10)).append('}');
    }
    out.add(b.append("]}").toString());
    out.add("[".repeat(60) + "]".repeat(60));
    out.add("{\"id\":\"" + "x".repeat(1_000_000 - 20) + "\"}");
    return out;
  }
}
