package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trailing moving average of the last {@code window} periods: the fitted value for period t is the mean of
 * periods t−window … t−1 (defined from period {@code window + 1} on); every forecast step is the mean of the
 * last {@code window} observations (a flat forecast). The method defines no prediction interval: intervals
 * are always empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MovingAverage implements ForecastMethod {
  private final int window;

  private MovingAverage(int window) {
    this.window = window;
  }

  /** A moving average over {@code window} (at least 1) periods. */
  public static MovingAverage of(int window) {
    return new MovingAverage(Checks.positive(window, "window"));
  }

  /** The window length. */
  public int window() {
    return window;
  }

  @Override
  public FittedModel fit(TimeSeries series) {
    Objects.requireNonNull(series, "series");
    double[] x = series.toArray();
    int n = x.length;
    if (n < window) {
      throw Checks.fail("series", "must have at least window = " + window + " periods", n + " periods");
    }
    double[] fitted = new double[n - window];
    double sse = 0;
    for (int t = window; t < n; t++) {
      fitted[t - window] = mean(x, t - window, t);
      double e = x[t] - fitted[t - window];
      sse += e * e;
    }
    double last = mean(x, n - window, n);
    FittedModel.Projection p = new FittedModel.Projection() {
      @Override
      public double mean(int h) {
        return last;
      }

      @Override
      public double halfWidth(int h, double level) {
        return Double.NaN;
      }
    };
    return new FittedModel("moving average", Map.of("window", (double) window), series, window, fitted, sse, Map.of("mean", last), List.of(), p);
  }

  private static double mean(double[] x, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += x[i];
    }
    return s / (to - from);
  }

  @Override
  public String toString() {
    return "MovingAverage[" + window + "]";
  }
}
