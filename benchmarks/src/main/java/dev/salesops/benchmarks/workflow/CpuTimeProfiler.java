package dev.salesops.benchmarks.workflow;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * For issue 14, goal 3 (a throughput <b>per core</b>) on a shared machine: a JMH profiler that reports, per
 * iteration, the operations per CPU second of the benchmark's own threads ({@code cpu.ops/s}: every operation of
 * the iteration divided by the CPU time of the {@code jmh-worker} threads over the whole iteration, including its
 * synchronisation phases, so it errs low), next to JMH's wall-clock score, which on a loaded machine mostly
 * measures the other processes. GC and JIT threads are not counted; {@code -prof gc} gives the allocation.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'WorkflowBenchmark.guardedAdvance(Accepted|Rejected)$' -t 1 -f 3 \
 *     -prof gc -prof dev.salesops.benchmarks.workflow.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = new HashMap<>();

  @Override
  public String getDescription() {
    return "operations per CPU second of the benchmark threads (issue 14, goal 3: per core)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpu();
  }

  @Override
  public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    Map<Long, Long> after = workerCpu();
    long cpu = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      cpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    double perCpuSecond = cpu <= 0 ? Double.NaN : ops / (cpu / 1e9);
    return List.of(new ScalarResult("cpu.ops/s", perCpuSecond, "ops/s", AggregationPolicy.AVG),
        new ScalarResult("cpu.ns/op", ops == 0 ? Double.NaN : cpu / (double) ops, "ns/op", AggregationPolicy.AVG));
  }

  private Map<Long, Long> workerCpu() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("jmh-worker")) {
        long c = threads.getThreadCpuTime(t.getThreadId());
        if (c >= 0) {
          out.put(t.getThreadId(), c);
        }
      }
    }
    return out;
  }
}
