package dev.salesops.benchmarks.forecast;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The benchmark's synthetic monthly sales series: positive, with level, trend, multiplicative seasonality
 * and noise, rounded to 2 decimals (so the CSV that R reads holds exactly the values Java fits). Seeded:
 * the same series on every run.
 */
public final class BenchSeries {
  /** Number of series. */
  public static final int COUNT = 10_000;
  /** Points per series (5 years of months). */
  public static final int LENGTH = 60;
  /** The seed. */
  public static final long SEED = 20261127L;

  private BenchSeries() {}

  /** {@code count} series of {@code length} points. */
  public static double[][] generate(int count, int length, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] out = new double[count][length];
    for (int k = 0; k < count; k++) {
      double level = 1000 * (0.5 + 1.5 * r.nextDouble());
      double trend = level * (r.nextDouble() * 0.02 - 0.005);
      double amp = 0.05 + 0.3 * r.nextDouble();
      double phase = r.nextDouble() * 2 * Math.PI;
      double noise = 0.02 + 0.08 * r.nextDouble();
      for (int t = 0; t < length; t++) {
        double season = 1 + amp * Math.sin(2 * Math.PI * t / 12 + phase);
        double eps = 1 + noise * (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5);
        double v = Math.max(1, (level + trend * t) * season * eps);
        out[k][t] = Math.round(v * 100) / 100.0;
      }
    }
    return out;
  }

  /** Writes the series as CSV, one series per line, for the R script. Usage: {@code BenchSeries <file>}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "hw-series.csv");
    double[][] s = generate(COUNT, LENGTH, SEED);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (double[] row : s) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < row.length; t++) {
          if (t > 0) {
            b.append(',');
          }
          b.append(String.format(Locale.ROOT, "%.2f", row[t]));
        }
        w.println(b);
      }
    }
    System.out.println("wrote " + s.length + " series to " + file);
  }
}
