package dev.salesops.benchmarks.workflow;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 14, goal 3</b> in thread CPU time and allocated bytes, for a shared machine where JMH's
 * wall-clock throughput mostly measures the other processes: {@link WorkflowBenchmark}'s guarded advances with
 * scoring's BANT policy installed over its 100,000 distinct snapshots, accepted and refused, 1,000,000
 * evaluations per round, 11 rounds on one thread; prints the median of the last 8 rounds: evaluations per CPU
 * second (one core) and bytes allocated per evaluation ({@code com.sun.management.ThreadMXBean}).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.workflow.GuardedAdvanceCpuTime}.
 */
public final class GuardedAdvanceCpuTime {
  private GuardedAdvanceCpuTime() {}

  public static void main(String[] args) throws Exception {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    WorkflowBenchmark b = new WorkflowBenchmark();
    b.setUp();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    int n = 1_000_000;
    int rounds = 11;
    String[] names = {"accepted (scoring policy)", "refused (scoring policy)"};
    long[][] cpu = new long[2][rounds];
    long[][] alloc = new long[2][rounds];
    long tid = Thread.currentThread().getId();
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < 2; w++) {
        long a0 = mx.getThreadAllocatedBytes(tid);
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          bh.consume(w == 0 ? b.guardedAdvanceAccepted() : b.guardedAdvanceRejected());
        }
        cpu[w][r] = mx.getCurrentThreadCpuTime() - t0;
        alloc[w][r] = mx.getThreadAllocatedBytes(tid) - a0;
      }
    }
    for (int w = 0; w < 2; w++) {
      long[] c = Arrays.copyOfRange(cpu[w], 3, rounds);
      long[] a = Arrays.copyOfRange(alloc[w], 3, rounds);
      Arrays.sort(c);
      Arrays.sort(a);
      double ms = (c[3] + c[4]) / 2e6;
      System.out.printf("%-26s median %.2f M evaluations per CPU second, %.0f B allocated per evaluation%n", names[w], n / ms / 1e3,
          (a[3] + a[4]) / 2.0 / n);
    }
    System.out.println("# load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
