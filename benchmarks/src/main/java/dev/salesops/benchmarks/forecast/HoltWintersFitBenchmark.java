package dev.salesops.benchmarks.forecast;

import dev.salesops.metrics.forecast.ExponentialSmoothing;
import dev.salesops.metrics.forecast.FittedModel;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.Seasonality;
import dev.salesops.metrics.forecast.TimeSeries;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Fits Holt-Winters with parameter search (alpha, beta, gamma by minimising SSE, as R's
 * {@code HoltWinters(x)}) to 10,000 monthly series of 60 points, single-threaded. The score is
 * <b>series per second</b> ({@code @OperationsPerInvocation(10_000)}). Compare with
 * {@code benchmarks/src/main/r/holtwinters_bench.R} on the same series ({@link BenchSeries}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HoltWintersFitBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HoltWintersFitBenchmark {
  @Param({"ADDITIVE", "MULTIPLICATIVE"})
  public Seasonality seasonal;

  private TimeSeries[] series;
  private ExponentialSmoothing method;

  @Setup
  public void setUp() {
    double[][] s = BenchSeries.generate(BenchSeries.COUNT, BenchSeries.LENGTH, BenchSeries.SEED);
    series = new TimeSeries[s.length];
    for (int i = 0; i < s.length; i++) {
      series[i] = TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2020, 1), s[i]);
    }
    method = ExponentialSmoothing.holtWinters(seasonal);
  }

  @Benchmark
  @OperationsPerInvocation(BenchSeries.COUNT)
  public double fitAll() {
    double acc = 0;
    for (TimeSeries s : series) {
      FittedModel m = method.fit(s);
      acc += m.sse();
    }
    return acc;
  }
}
