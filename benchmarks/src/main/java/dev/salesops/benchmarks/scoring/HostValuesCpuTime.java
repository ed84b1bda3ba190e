package dev.salesops.benchmarks.scoring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 14, goal 5</b> in thread CPU time, for a shared machine where JMH's wall-clock throughput
 * mostly measures the other processes: the workloads of {@link PredictiveBenchmark}'s {@code *FromHost*} and
 * {@code *ViaDeal*} benchmarks (the host's own records handed to the library; counting the construction of the
 * deal from the host's values), each run 11 times on one thread; the median of the last 8 rounds' CPU time is
 * printed (one core's work when it gets to run). Companion to JMH, not a replacement.
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.scoring.HostValuesCpuTime}.
 */
public final class HostValuesCpuTime {
  private HostValuesCpuTime() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PredictiveBenchmark p = new PredictiveBenchmark();
    p.setUp();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    String[] names = {"trainFromHost1M", "trainViaDeal1M", "predictFromHost1M", "predictViaDeal1M"};
    int rounds = 11;
    long[][] cpu = new long[names.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < names.length; w++) {
        long t0 = mx.getCurrentThreadCpuTime();
        switch (w) {
          case 0 -> bh.consume(p.trainFromHost1M());
          case 1 -> bh.consume(p.trainViaDeal1M());
          case 2 -> p.predictFromHost1M(bh);
          default -> p.predictViaDeal1M(bh);
        }
        cpu[w][r] = mx.getCurrentThreadCpuTime() - t0;
      }
    }
    for (int w = 0; w < names.length; w++) {
      long[] last = Arrays.copyOfRange(cpu[w], 3, rounds);
      Arrays.sort(last);
      double ms = (last[3] + last[4]) / 2e6;
      System.out.printf("%-18s median %.1f ms CPU per 1M (min %.1f, max %.1f) = %.2f M/s per core%n", names[w], ms, last[0] / 1e6,
          last[last.length - 1] / 1e6, 1e3 / ms);
    }
    System.out.println("# load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
