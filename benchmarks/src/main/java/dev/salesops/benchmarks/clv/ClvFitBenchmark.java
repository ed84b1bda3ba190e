package dev.salesops.benchmarks.clv;

import dev.salesops.metrics.clv.BgNbd;
import dev.salesops.metrics.clv.BgNbdFit;
import dev.salesops.metrics.clv.BgNbdParameters;
import dev.salesops.metrics.clv.ClvSimulation;
import dev.salesops.metrics.clv.CustomerSummary;
import dev.salesops.metrics.clv.GammaGamma;
import dev.salesops.metrics.clv.GammaGammaFit;
import dev.salesops.metrics.clv.GammaGammaParameters;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 20 goal: the maximum-likelihood fit of the BG/NBD model (and of the Gamma-Gamma spend model) for 100,000
 * customers, one thread. The customers are simulated from the CDNOW parameters (r 0.243, α 4.414, a 0.793, b
 * 2.426; spend p 6.25, q 3.74, γ 15.44), ages uniform in [27, 39] weeks, seed 2005: continuous times, so every
 * summary is distinct (the worst case: hosts' day-grained summaries repeat and are fitted once per distinct value).
 * One operation = one whole fit from the default start.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClvFitBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClvFitBenchmark {
  @Param({"100000"})
  public int customers;

  private List<CustomerSummary> summaries;

  @Setup
  public void setUp() {
    summaries = ClvSimulation.customers(new BgNbdParameters(0.243, 4.414, 0.793, 2.426),
        new GammaGammaParameters(6.25, 3.74, 15.44), customers, 27, 39, new SplittableRandom(2005));
  }

  @Benchmark
  public BgNbdFit bgNbdFit() {
    return BgNbd.fit(summaries);
  }

  @Benchmark
  public GammaGammaFit gammaGammaFit() {
    return GammaGamma.fit(summaries);
  }
}
