package dev.salesops.benchmarks.workflow;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 14, goal 3</b> in thread CPU time and allocated bytes, for a shared machine where JMH's
 * wall-clock throughput mostly measures the other processes: {@link WorkflowBenchmark}'s guarded advances with
 * scoring's BANT policy installed as the examples and the CLI install it (and with the demo's budget and timeline
 * policy) over its 100,000 distinct snapshots and opportunities, accepted and refused, 1,000,000 evaluations per
 * round, 11 rounds on one thread; prints the median of the last 8 rounds: evaluations per CPU second (one core)
 * and bytes allocated per evaluation ({@code com.sun.management.ThreadMXBean}).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.workflow.GuardedAdvanceCpuTime}
 * ({@code --scoring-only}: without the demo policy's two workloads).
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
    String[] names = {"accepted (scoring policy)", "refused (scoring policy)", "accepted (demo policy)",
        "refused (demo policy)"};
    int w0 = args.length > 0 && args[0].equals("--scoring-only") ? 2 : names.length;
    long[][] cpu = new long[names.length][rounds];
    long[][] alloc = new long[names.length][rounds];
    long tid = Thread.currentThread().getId();
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < w0; w++) {
        long a0 = mx.getThreadAllocatedBytes(tid);
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          bh.consume(w == 0 ? b.guardedAdvanceAccepted() : w == 1 ? b.guardedAdvanceRejected()
              : w == 2 ? b.guardedAdvanceAcceptedDemoPolicy() : b.guardedAdvanceRejectedDemoPolicy());
        }
        cpu[w][r] = mx.getCurrentThreadCpuTime() - t0;
        alloc[w][r] = mx.getThreadAllocatedBytes(tid) - a0;
      }
    }
    for (int w = 0; w < w0; w++) {
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
