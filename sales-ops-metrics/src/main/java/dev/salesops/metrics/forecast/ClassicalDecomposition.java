package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.Arrays;

/**
 * Classical decomposition exactly as R's {@code stats::decompose}: a centred moving average of length f (for
 * even f the 2×f filter {@code c(0.5, rep(1, f-1), 0.5)/f}) gives the trend (undefined at the ends); the
 * seasonal figure is the mean, per position in the cycle, of {@code x − trend} (additive) or {@code x / trend}
 * (multiplicative) over the periods where the trend is defined, then normalised to mean 0 (additive) or 1
 * (multiplicative). Package-private helper, stateless.
 */
final class ClassicalDecomposition {
  private ClassicalDecomposition() {}

  /** Result: trend (NaN where undefined, as R's NA) and the normalised seasonal figure of length f. */
  static final class Result {
    final double[] trend;
    final double[] figure;

    Result(double[] trend, double[] figure) {
      this.trend = trend;
      this.figure = figure;
    }
  }

  static Result of(double[] x, int length, int f, boolean multiplicative) {
    // f >= 2 always: a period is refused below 2 (ExponentialSmoothing.withPeriod) or is 4 or 12 (periodsPerYear)
    if (length < 2 * f) {
      throw Checks.fail("series", "must have at least 2 full seasonal cycles of " + f + " periods", length + " periods");
    }
    int nf = f % 2 == 0 ? f + 1 : f;
    double[] filter = new double[nf];
    if (f % 2 == 0) {
      filter[0] = 0.5 / f;
      filter[nf - 1] = 0.5 / f;
      for (int j = 1; j < nf - 1; j++) {
        filter[j] = 1.0 / f;
      }
    } else {
      Arrays.fill(filter, 1.0 / f);
    }
    int shift = nf / 2;
    double[] trend = new double[length];
    for (int i = 0; i < length; i++) {
      if (i + shift - (nf - 1) < 0 || i + shift >= length) {
        trend[i] = Double.NaN;
        continue;
      }
      double z = 0;
      for (int j = 0; j < nf; j++) {
        z += filter[j] * x[i + shift - j];
      }
      trend[i] = z;
    }
    double[] figure = new double[f];
    for (int i = 0; i < f; i++) {
      double sum = 0;
      int count = 0;
      for (int k = i; k < length; k += f) {
        if (!Double.isNaN(trend[k])) {
          sum += multiplicative ? x[k] / trend[k] : x[k] - trend[k];
          count++;
        }
      }
      figure[i] = sum / count;
    }
    double mean = 0;
    for (double v : figure) {
      mean += v;
    }
    mean /= f;
    for (int i = 0; i < f; i++) {
      figure[i] = multiplicative ? figure[i] / mean : figure[i] - mean;
    }
    return new Result(trend, figure);
  }

  /** Intercept and slope of the least-squares line through the defined trend values against 1, 2, ..., m (R's {@code lm(dat ~ seq_along(dat))}). */
  static double[] trendLine(double[] trend) {
    int m = 0;
    double sy = 0;
    double st = 0;
    for (double v : trend) {
      if (!Double.isNaN(v)) {
        m++;
        sy += v;
        st += m;
      }
    }
    double tbar = st / m;
    double ybar = sy / m;
    double sxy = 0;
    double sxx = 0;
    int t = 0;
    for (double v : trend) {
      if (!Double.isNaN(v)) {
        t++;
        sxy += (t - tbar) * (v - ybar);
        sxx += (t - tbar) * (t - tbar);
      }
    }
    double slope = sxy / sxx;
    return new double[] {ybar - slope * tbar, slope};
  }
}
