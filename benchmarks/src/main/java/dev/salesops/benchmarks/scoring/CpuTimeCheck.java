package dev.salesops.benchmarks.scoring;

import dev.salesops.scoring.predictive.DealColumns;
import dev.salesops.scoring.predictive.FrequencyTables;
import dev.salesops.scoring.predictive.NaiveBayesModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * <b>Checks issue 5's goals</b> (scorecard within 2x of an if-chain; predictive train and predict) in CPU time: a
 * companion to the JMH benchmarks for an overloaded machine: the same workloads timed in <em>thread CPU
 * time</em> (time descheduled by other processes excluded), best of 7 rounds after warm-up. Not a replacement
 * for JMH; it tells what one core does when it gets to run.
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.scoring.CpuTimeCheck}.
 */
public final class CpuTimeCheck {
  private CpuTimeCheck() {}

  /** Runs the checks and prints CPU time per workload. */
  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PredictiveBenchmark p = new PredictiveBenchmark();
    p.setUp();
    ScorecardBenchmark s = new ScorecardBenchmark();
    s.setUp();
    double sink = 0;
    long bestTrain = Long.MAX_VALUE;
    long bestPredict = Long.MAX_VALUE;
    long bestCard = Long.MAX_VALUE;
    long bestChain = Long.MAX_VALUE;
    long bestTrainCols = Long.MAX_VALUE;
    long bestPredictCols = Long.MAX_VALUE;
    long bestEncode = Long.MAX_VALUE;
    double[] out = new double[PredictiveBenchmark.N];
    for (int round = 0; round < 10; round++) {
      long t0 = mx.getCurrentThreadCpuTime();
      FrequencyTables t = new FrequencyTables(PredictiveBenchmark.CONFIG);
      for (int i = 0; i < PredictiveBenchmark.N; i++) {
        t.add(p.closed.get(i));
      }
      NaiveBayesModel m = t.finish();
      long t1 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < PredictiveBenchmark.N; i++) {
        sink += m.probability(p.open.get(i));
      }
      long t2 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < ScorecardBenchmark.N; i++) {
        sink += s.card.total(s.subjects[i % ScorecardBenchmark.POOL], ScorecardBenchmark.NOW);
      }
      long t3 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < ScorecardBenchmark.N; i++) {
        sink += ScorecardBenchmark.ifChain(s.subjects[i % ScorecardBenchmark.POOL], ScorecardBenchmark.NOW);
      }
      long t4 = mx.getCurrentThreadCpuTime();
      FrequencyTables tc = new FrequencyTables(PredictiveBenchmark.CONFIG);
      tc.addAll(p.closedColumns);
      NaiveBayesModel mc = tc.finish();
      long t5 = mx.getCurrentThreadCpuTime();
      mc.probabilities(p.openColumns, out);
      sink += out[round];
      long t6 = mx.getCurrentThreadCpuTime();
      sink += DealColumns.of(PredictiveBenchmark.CONFIG, p.open).size();
      long t7 = mx.getCurrentThreadCpuTime();
      if (round >= 3) {
        bestTrain = Math.min(bestTrain, t1 - t0);
        bestPredict = Math.min(bestPredict, t2 - t1);
        bestCard = Math.min(bestCard, t3 - t2);
        bestChain = Math.min(bestChain, t4 - t3);
        bestTrainCols = Math.min(bestTrainCols, t5 - t4);
        bestPredictCols = Math.min(bestPredictCols, t6 - t5);
        bestEncode = Math.min(bestEncode, t7 - t6);
      }
    }
    System.out.printf("train 1M closed deals:  %.1f ms CPU%n", bestTrain / 1e6);
    System.out.printf("predict 1M open deals:  %.1f ms CPU = %.2f M/s%n", bestPredict / 1e6, 1e3 / (bestPredict / 1e6));
    System.out.printf("scorecard 1M leads:     %.1f ms CPU = %.2f M/s%n", bestCard / 1e6, 1e3 / (bestCard / 1e6));
    System.out.printf("if-chain 1M leads:      %.1f ms CPU = %.2f M/s (scorecard/if-chain = %.2f)%n", bestChain / 1e6,
        1e3 / (bestChain / 1e6), (double) bestCard / bestChain);
    System.out.printf("train 1M (columns):     %.1f ms CPU%n", bestTrainCols / 1e6);
    System.out.printf("predict 1M (columns):   %.1f ms CPU = %.2f M/s%n", bestPredictCols / 1e6, 1e3 / (bestPredictCols / 1e6));
    System.out.printf("encode 1M open deals:   %.1f ms CPU = %.2f M/s%n", bestEncode / 1e6, 1e3 / (bestEncode / 1e6));
    System.out.println("(checksum " + sink + ")");
  }
}
