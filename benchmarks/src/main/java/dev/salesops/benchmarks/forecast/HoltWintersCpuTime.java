package dev.salesops.benchmarks.forecast;

import dev.salesops.metrics.forecast.ExponentialSmoothing;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.Seasonality;
import dev.salesops.metrics.forecast.TimeSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Fits the 10,000 benchmark series (after a warm-up pass) and reports series per <em>CPU</em> second of the
 * fitting thread, to compare with R's {@code user.self} time from {@code holtwinters_bench.R} on a shared,
 * loaded machine where wall-clock figures of both are inflated by other processes.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.forecast.HoltWintersCpuTime additive|multiplicative}.
 */
public final class HoltWintersCpuTime {
  private HoltWintersCpuTime() {}

  public static void main(String[] args) {
    Seasonality type = args.length > 0 && args[0].startsWith("mult") ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE;
    double[][] s = BenchSeries.generate(BenchSeries.COUNT, BenchSeries.LENGTH, BenchSeries.SEED);
    TimeSeries[] series = new TimeSeries[s.length];
    for (int i = 0; i < s.length; i++) {
      series[i] = TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2020, 1), s[i]);
    }
    ExponentialSmoothing m = ExponentialSmoothing.holtWinters(type);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int pass = 0; pass < 3; pass++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (TimeSeries t : series) {
        sink += m.fit(t).sse();
      }
      long c1 = mx.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%s pass %d: cpu %.2f s (%.0f series/cpu-s), wall %.2f s (%.0f series/s)%n", type, pass, (c1 - c0) / 1e9,
          series.length / ((c1 - c0) / 1e9), (w1 - w0) / 1e9, series.length / ((w1 - w0) / 1e9));
    }
    System.out.println("checksum " + sink);
  }
}
