package dev.salesops.benchmarks.forecast;

import dev.salesops.metrics.forecast.ExponentialSmoothing;
import dev.salesops.metrics.forecast.FittedModel;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.Seasonality;
import dev.salesops.metrics.forecast.TimeSeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The "never worse than R" benchmark behind {@code benchmarks/forecast-vs-r.sh}.
 *
 * <ul>
 *   <li>{@code generate <csv> <count> <seed>}: writes {@code count} seeded monthly series of 60 points, one per
 *   line, 2 decimals; five kinds in turn — (0) trend + multiplicative season + noise, (1) additive season, no
 *   trend, heavy noise, (2) a local linear trend whose slope drifts (R often ends at β = 1 with a small α),
 *   (3) a level random walk with a weak season, (4) a smooth level with a changing slope and a strong
 *   season; levels 50–5,000, noise 1–20 %, all values positive.</li>
 *   <li>{@code compare <csv> <r-results.csv> additive|multiplicative}: fits every series with
 *   {@link ExponentialSmoothing#holtWinters} (parameter search), one warm-up pass then one timed pass on one
 *   thread (CPU time of that thread), and compares each SSE with R's ({@code forecast_vs_r.R} writes alpha, beta,
 *   gamma, SSE, or NaN when R failed).</li>
 * </ul>
 */
public final class ForecastVsR {
  private ForecastVsR() {}

  static double[][] generate(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] out = new double[count][60];
    for (int k = 0; k < count; k++) {
      int kind = k % 5;
      double level = Math.exp(Math.log(50) + r.nextDouble() * Math.log(100));
      double noise = 0.01 + 0.19 * r.nextDouble();
      double amp = kind == 3 ? 0.05 * r.nextDouble() : 0.05 + 0.35 * r.nextDouble();
      double phase = r.nextDouble() * 2 * Math.PI;
      double slope = level * (r.nextDouble() * 0.03 - 0.01);
      double l = level;
      double b = slope;
      for (int t = 0; t < 60; t++) {
        double season = Math.sin(2 * Math.PI * t / 12 + phase) + 0.3 * Math.sin(4 * Math.PI * t / 12 + 2 * phase);
        double eps = gauss(r);
        double v;
        switch (kind) {
          case 0:
            v = (level + slope * t) * (1 + amp * season) * (1 + noise * eps);
            break;
          case 1:
            v = level + level * amp * season + level * noise * 1.5 * eps;
            break;
          case 2:
            b += level * 0.004 * gauss(r);
            l += b;
            v = l * (1 + amp * 0.5 * season) + level * noise * 0.5 * eps;
            break;
          case 3:
            l += level * noise * 0.5 * gauss(r);
            v = l * (1 + amp * season) + level * noise * 0.3 * eps;
            break;
          default:
            b = slope * Math.cos(t / 15.0);
            l += b;
            v = l * (1 + amp * season) * (1 + noise * 0.5 * eps);
            break;
        }
        out[k][t] = Math.round(Math.max(1, v) * 100) / 100.0;
      }
    }
    return out;
  }

  private static double gauss(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  static double[][] read(Path csv) throws IOException {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
    }
    return rows.toArray(new double[0][]);
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("generate")) {
      double[][] s = generate(Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 20261206L);
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
        for (double[] row : s) {
          StringBuilder b = new StringBuilder();
          for (int t = 0; t < row.length; t++) {
            b.append(t > 0 ? "," : "").append(String.format(Locale.ROOT, "%.2f", row[t]));
          }
          w.println(b);
        }
      }
      System.out.println("wrote " + s.length + " series to " + args[1]);
      return;
    }
    if (args.length >= 4 && args[0].equals("compare")) {
      compare(read(Path.of(args[1])), Path.of(args[2]), args[3].startsWith("mult") ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE);
      return;
    }
    System.err.println("usage: ForecastVsR generate <csv> <count> [seed] | compare <csv> <r-results.csv> additive|multiplicative");
    System.exit(2);
  }

  private static void compare(double[][] series, Path rFile, Seasonality type) throws IOException {
    List<String> rl = Files.readAllLines(rFile, StandardCharsets.UTF_8);
    int n = series.length;
    TimeSeries[] ts = new TimeSeries[n];
    for (int i = 0; i < n; i++) {
      ts[i] = TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2020, 1), series[i]);
    }
    ExponentialSmoothing method = ExponentialSmoothing.holtWinters(type);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] sse = new double[n];
    int failures = 0;
    String firstFailure = null;
    double coldCpu = 0;
    double cpu = 0;
    for (int pass = 0; pass < 2; pass++) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        try {
          FittedModel m = method.fit(ts[i]);
          sse[i] = m.sse();
        } catch (RuntimeException e) {
          sse[i] = Double.NaN;
          if (pass == 1) {
            failures++;
            firstFailure = firstFailure == null ? "series " + (i + 1) + ": " + e.getMessage() : firstFailure;
          }
        }
      }
      double secs = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      if (pass == 0) {
        coldCpu = secs;
      } else {
        cpu = secs;
      }
    }
    int rFailures = 0;
    int worse = 0;
    int better = 0;
    double worst = 0;
    int worstAt = -1;
    for (int i = 0; i < n && i < rl.size(); i++) {
      double rSse = Double.parseDouble(rl.get(i).split(",")[3].trim());
      if (Double.isNaN(rSse)) {
        rFailures++;
        continue;
      }
      if (Double.isNaN(sse[i])) {
        continue;
      }
      double ratio = rSse == 0 ? (sse[i] == 0 ? 1 : Double.POSITIVE_INFINITY) : sse[i] / rSse;
      if (sse[i] > rSse * (1 + 1e-6) && sse[i] - rSse > 1e-9) {
        worse++;
      }
      if (sse[i] < rSse * (1 - 1e-6)) {
        better++;
      }
      if (ratio > worst) {
        worst = ratio;
        worstAt = i + 1;
      }
    }
    System.out.printf(Locale.ROOT, "library (%s): %d series, %d failures%s%n", type.name().toLowerCase(Locale.ROOT), n, failures,
        firstFailure == null ? "" : " (first: " + firstFailure + ")");
    System.out.printf(Locale.ROOT, "library CPU: %.2f s after a warm-up pass (cold first pass %.2f s): %.0f fits per CPU-second (cold %.0f)%n", cpu,
        coldCpu, n / cpu, n / coldCpu);
    System.out.printf(Locale.ROOT, "compared with R on %d series (R failed on %d): worst SSE ratio ours/R %.9f (series %d); ours > R*(1+1e-6): %d;"
        + " ours < R*(1-1e-6): %d%n", Math.min(n, rl.size()) - rFailures, rFailures, worst, worstAt, worse, better);
  }
}
