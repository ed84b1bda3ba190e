package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A method fitted to a series: its parameters, in-sample one-step-ahead fitted values, the sum of squared
 * errors (SSE) over the fitted part, the final state (coefficients) and forecasts of any horizon.
 *
 * <p>Not every period has a fitted value: methods need a start (Holt-Winters fits from the second season on,
 * as R does). {@link #fitted()} holds only the fitted periods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FittedModel {
  /** How forecasts are projected from the final state: point forecast and interval half-width for step h. */
  interface Projection {
    double mean(int h);

    /** Half-width of the interval at {@code level} for step {@code h}, or NaN when undefined. */
    double halfWidth(int h, double level);
  }

  /**
   * One row of the filtered states, as R's {@code fitted(HoltWinters(...))}: the forecast made for a period and the state it came from.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class State {
    private final YearMonth period;
    private final double xhat;
    private final double level;
    private final Double trend;  // null when absent
    private final Double season;  // null when absent

    /**
     * Checks the parts.
     *
     * @param period the period
     * @param xhat the one-step forecast made for the period
     * @param level the level after the period
     * @param trend the trend after the period, when the model has one; {@code null} when absent
     * @param season the seasonal component of the period, when the model has one; {@code null} when absent
     */
    public State(YearMonth period, double xhat, double level, @Nullable Double trend, @Nullable Double season) {
      Objects.requireNonNull(period, "period");
      this.period = period;
      this.xhat = xhat;
      this.level = level;
      this.trend = trend;
      this.season = season;
    }

    /** The {@code period}: the period. */
    public YearMonth period() {
      return period;
    }

    /** The {@code xhat}: the one-step forecast made for the period. */
    public double xhat() {
      return xhat;
    }

    /** The {@code level}: the level after the period. */
    public double level() {
      return level;
    }

    /** The {@code trend}: the trend after the period, when the model has one. */
    public OptionalDouble trend() {
      return trend == null ? OptionalDouble.empty() : OptionalDouble.of(trend);
    }

    /** The {@code season}: the seasonal component of the period, when the model has one. */
    public OptionalDouble season() {
      return season == null ? OptionalDouble.empty() : OptionalDouble.of(season);
    }

    /** Equal when every part is equal (as a record's equality). */
    @Override
    public boolean equals(Object obj) {
      return obj == this || obj instanceof State o
          && Objects.equals(period, o.period)
          && Double.compare(xhat, o.xhat) == 0
          && Double.compare(level, o.level) == 0
          && Objects.equals(trend, o.trend)
          && Objects.equals(season, o.season);
    }

    @Override
    public int hashCode() {
      return Objects.hash(period, xhat, level, trend, season);
    }

    /** As a record's: {@code State[part=value, ...]}, absent parts as {@code Optional.empty}. */
    @Override
    public String toString() {
      return "State[period=" + period + ", xhat=" + xhat + ", level=" + level + ", trend=" + trend() + ", season=" + season() + "]";
    }
  }

  private final String method;
  private final Map<String, Double> parameters;
  private final TimeSeries series;
  private final int firstFitted;
  private final double[] fitted;
  private final double sse;
  private final Map<String, Double> coefficients;
  private final List<State> states;
  private final Projection projection;

  FittedModel(String method, Map<String, Double> parameters, TimeSeries series, int firstFitted, double[] fitted, double sse,
      Map<String, Double> coefficients, List<State> states, Projection projection) {
    this.method = method;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    this.series = series;
    this.firstFitted = firstFitted;
    this.fitted = fitted;
    this.sse = sse;
    this.coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    this.states = List.copyOf(states);
    this.projection = projection;
  }

  /** The method's name. */
  public String method() {
    return method;
  }

  /** The parameters used, given or fitted ({@code alpha}, {@code beta}, {@code gamma}, {@code phi}, {@code window}, ...). */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /** The series the model was fitted to. */
  public TimeSeries series() {
    return series;
  }

  /** One-step-ahead in-sample fitted values by period (only the periods the method fits). */
  public SortedMap<YearMonth, Double> fitted() {
    TreeMap<YearMonth, Double> m = new TreeMap<>();
    for (int i = 0; i < fitted.length; i++) {
      m.put(series.period(firstFitted + i), fitted[i]);
    }
    return Collections.unmodifiableSortedMap(m);
  }

  /** Residuals (actual − fitted) by period, over the fitted part. */
  public SortedMap<YearMonth, Double> residuals() {
    TreeMap<YearMonth, Double> m = new TreeMap<>();
    for (int i = 0; i < fitted.length; i++) {
      m.put(series.period(firstFitted + i), series.value(firstFitted + i).getAsDouble() - fitted[i]);
    }
    return Collections.unmodifiableSortedMap(m);
  }

  /** Sum of squared one-step-ahead errors over the fitted part (the objective minimised when fitting). */
  public double sse() {
    return sse;
  }

  /**
   * The final state, named as in R's {@code coef(HoltWinters(...))}: {@code a} (level), {@code b} (trend),
   * {@code s1..sf} (seasonal terms for the next f periods); other methods name theirs (e.g. {@code intercept},
   * {@code slope}).
   */
  public Map<String, Double> coefficients() {
    return coefficients;
  }

  /** The filtered states per fitted period (exponential smoothing methods; empty for others). */
  public List<State> states() {
    return states;
  }

  /** Point forecasts for the next {@code horizon} periods, without intervals. */
  public Forecast forecast(int horizon) {
    Checks.positive(horizon, "horizon");
    List<ForecastPoint> pts = new ArrayList<>(horizon);
    for (int h = 1; h <= horizon; h++) {
      pts.add(new ForecastPoint(series.period(series.size() - 1 + h), h, projection.mean(h), null, null));
    }
    return new Forecast(method, parameters, pts, OptionalDouble.empty(), series.frequency());
  }

  /**
   * Point forecasts with prediction intervals at confidence {@code level} (e.g. 0.95) where the method defines
   * them (see each method's javadoc); where it does not, the bounds are empty.
   */
  public Forecast forecast(int horizon, double level) {
    Checks.positive(horizon, "horizon");
    if (!(level > 0 && level < 1)) {
      throw Checks.fail("level", "must be within (0, 1)", level);
    }
    List<ForecastPoint> pts = new ArrayList<>(horizon);
    for (int h = 1; h <= horizon; h++) {
      double m = projection.mean(h);
      double w = projection.halfWidth(h, level);
      boolean ok = Double.isFinite(w);
      pts.add(new ForecastPoint(series.period(series.size() - 1 + h), h, m, ok ? m - w : null,
          ok ? m + w : null));
    }
    return new Forecast(method, parameters, pts, OptionalDouble.of(level), series.frequency());
  }

  /** The two-sided Student t quantile for {@code level} with {@code df} degrees of freedom. */
  static double t(double level, int df) {
    return Distributions.studentTQuantile((1 + level) / 2, df);
  }

  /** {@code var()} as in R: sample variance with n − 1, of the values around their mean; NaN for fewer than 2. */
  static double sampleVariance(double[] r) {
    int n = r.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double v : r) {
      mean += v;
    }
    mean /= n;
    double s = 0;
    for (double v : r) {
      s += (v - mean) * (v - mean);
    }
    return s / (n - 1);
  }

  @Override
  public String toString() {
    return "FittedModel[" + method + " " + parameters + ", SSE=" + sse + "]";
  }
}
