package dev.salesops.benchmarks.forecast;

import dev.salesops.metrics.forecast.ExponentialSmoothing;
import dev.salesops.metrics.forecast.FittedModel;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.Seasonality;
import dev.salesops.metrics.forecast.TimeSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares our fits with R's on the benchmark series: reads R's results (one line per series: alpha, beta,
 * gamma, SSE, as written by {@code holtwinters_bench.R}) and reports how often our SSE is within 1e-6
 * relative of R's or lower, the worst relative excess, and the largest parameter difference; also re-runs
 * R's fitted parameters through our filter (same parameters ⇒ same SSE).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.forecast.HoltWintersCompare
 * <r-results.csv> additive|multiplicative}.
 */
public final class HoltWintersCompare {
  private HoltWintersCompare() {}

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Seasonality type = args[1].startsWith("mult") ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE;
    double[][] s = BenchSeries.generate(BenchSeries.COUNT, BenchSeries.LENGTH, BenchSeries.SEED);
    int n = Math.min(lines.size(), s.length);
    int asGood = 0;
    int better = 0;
    int rFailures = 0;
    int worse4 = 0;
    int worse2 = 0;
    double worstExcess = 0;
    double maxSameParamDiff = 0;
    double[] paramDiff = new double[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      double[] r = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
      TimeSeries ts = TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2020, 1), s[i]);
      FittedModel ours = ExponentialSmoothing.holtWinters(type).fit(ts);
      if (Double.isNaN(r[3])) {
        rFailures++;
        paramDiff[i] = Double.NaN;
        continue;
      }
      double rel = (ours.sse() - r[3]) / r[3];
      if (rel > 1e-4) {
        worse4++;
      }
      if (rel > 1e-2) {
        worse2++;
      }
      if (rel <= 1e-6) {
        asGood++;
      }
      if (rel < -1e-6) {
        better++;
      }
      worstExcess = Math.max(worstExcess, rel);
      paramDiff[i] = Math.max(Math.abs(ours.parameters().get("alpha") - r[0]),
          Math.max(Math.abs(ours.parameters().get("beta") - r[1]), Math.abs(ours.parameters().get("gamma") - r[2])));
      if (r[0] > 0) {
        // R's hw() clamps to [0, 1] before filtering (L-BFGS-B may return -7e-18)
        FittedModel same = ExponentialSmoothing.holtWinters(type).withParameters(clamp(r[0]), clamp(r[1]), clamp(r[2])).fit(ts);
        maxSameParamDiff = Math.max(maxSameParamDiff, Math.abs(same.sse() - r[3]) / r[3]);
      }
    }
    long t1 = System.nanoTime();
    Arrays.sort(paramDiff);
    System.out.printf(Locale.ROOT, "R failed on %d series (\"optimization failure\"); we fit all of them%n", rFailures);
    n -= rFailures;
    System.out.printf(Locale.ROOT, "%s: %d series; our SSE <= R's (1e-6 rel): %d (%.2f%%), strictly lower: %d; worst relative excess %.3g%n", type, n,
        asGood, 100.0 * asGood / n, better, worstExcess);
    System.out.printf(Locale.ROOT, "our SSE higher than R's by > 1e-4 relative: %d series, by > 1e-2: %d series%n", worse4, worse2);
    System.out.printf(Locale.ROOT, "max |param diff|: median %.3g, 95%% %.3g, max %.3g; same parameters -> max relative SSE diff %.3g%n",
        paramDiff[n / 2], paramDiff[(int) (n * 0.95)], paramDiff[n - 1], maxSameParamDiff);
    System.out.printf(Locale.ROOT, "(comparison loop incl. 2 fits per series: %.1f s)%n", (t1 - t0) / 1e9);
  }
}
