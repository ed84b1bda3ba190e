package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One call for the common case: forecast a monthly series given as {@code YearMonth → value}, choosing the
 * method by a stated rule and fitting its parameters by minimising in-sample SSE.
 *
 * <p>Rule ({@link #choose}): at least 24 months (two seasons) → Holt-Winters, multiplicative when every
 * value is positive, additive otherwise; 3–23 months → Holt's linear trend; 2 months → simple exponential
 * smoothing; fewer → refused. Months missing between the first and last key are explicit zeros.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonthlyForecast {
  private MonthlyForecast() {}

  /** The method {@link #of} uses for {@code series} (see the class javadoc for the rule). */
  public static ForecastMethod choose(TimeSeries series) {
    Objects.requireNonNull(series, "series");
    double[] x = series.toArray();
    int f = series.frequency().periodsPerYear();
    if (x.length >= 2 * f) {
      boolean positive = true;
      for (double v : x) {
        positive &= v > 0;
      }
      return ExponentialSmoothing.holtWinters(positive ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE);
    }
    if (x.length >= 3) {
      return ExponentialSmoothing.holt();
    }
    if (x.length == 2) {
      return ExponentialSmoothing.simple();
    }
    throw Checks.fail("history", "must have at least 2 periods to forecast", x.length + " periods");
  }

  /**
   * Forecasts {@code horizon} months after the last month of {@code history}, with prediction intervals at
   * {@code level} (e.g. 0.95) where defined.
   */
  public static Forecast of(SortedMap<YearMonth, BigDecimal> history, int horizon, double level) {
    Objects.requireNonNull(history, "history");
    if (history.isEmpty()) {
      throw Checks.fail("history", "must not be empty", "{}");
    }
    TimeSeries s = TimeSeries.of(Frequency.MONTHLY, history, history.firstKey(), history.lastKey(), Missing.ZERO);
    return choose(s).fit(s).forecast(horizon, level);
  }
}
