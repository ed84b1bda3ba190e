package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Linear trend by ordinary least squares: {@code x[t] = intercept + slope·t} with {@code t = 1 … n} (R's
 * {@code lm(x ~ seq_along(x))}); the forecast for step h is {@code intercept + slope·(n + h)}.
 *
 * <p>Fitted values are the regression line over all periods (not one-step-ahead forecasts), and
 * {@link FittedModel#sse()} is the residual sum of squares. Prediction interval (as R's
 * {@code predict.lm(interval = "prediction")}): {@code ± t(n−2) · s · sqrt(1 + 1/n + (t₀ − t̄)² / Σ(t − t̄)²)}
 * with {@code s² = SSE / (n − 2)}; defined for n ≥ 3. Needs at least 2 periods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinearTrend implements ForecastMethod {
  private static final LinearTrend INSTANCE = new LinearTrend();

  private LinearTrend() {}

  /** The least-squares linear trend. */
  public static LinearTrend of() {
    return INSTANCE;
  }

  @Override
  public FittedModel fit(TimeSeries series) {
    Objects.requireNonNull(series, "series");
    double[] x = series.toArray();
    int n = x.length;
    if (n < 2) {
      throw Checks.fail("series", "must have at least 2 periods for a linear trend", n + " periods");
    }
    double tbar = (n + 1) / 2.0;
    double ybar = 0;
    for (double v : x) {
      ybar += v;
    }
    ybar /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dt = (i + 1) - tbar;
      sxy += dt * (x[i] - ybar);
      sxx += dt * dt;
    }
    double slope = sxy / sxx;
    double intercept = ybar - slope * tbar;
    double[] fitted = new double[n];
    double sse = 0;
    for (int i = 0; i < n; i++) {
      fitted[i] = intercept + slope * (i + 1);
      double e = x[i] - fitted[i];
      sse += e * e;
    }
    double s2 = n > 2 ? sse / (n - 2) : Double.NaN;
    double fsxx = sxx;
    FittedModel.Projection p = new FittedModel.Projection() {
      @Override
      public double mean(int h) {
        return intercept + slope * (n + h);
      }

      @Override
      public double halfWidth(int h, double level) {
        if (n < 3) {
          return Double.NaN;
        }
        double dt = n + h - tbar;
        return FittedModel.t(level, n - 2) * Math.sqrt(s2 * (1 + 1.0 / n + dt * dt / fsxx));
      }
    };
    Map<String, Double> coef = new LinkedHashMap<>();
    coef.put("intercept", intercept);
    coef.put("slope", slope);
    return new FittedModel("linear trend", Map.of(), series, 0, fitted, sse, coef, List.of(), p);
  }

  @Override
  public String toString() {
    return "LinearTrend";
  }
}
