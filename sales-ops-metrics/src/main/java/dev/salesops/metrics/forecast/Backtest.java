package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Rolling-origin evaluation (time-series cross-validation, Hyndman &amp; Athanasopoulos, <i>Forecasting:
 * Principles and Practice</i>, §5.10): for every origin {@code o = initial, initial + 1, …, n − 1} the method is
 * fitted to the first {@code o} periods and forecasts up to {@code horizon} periods (fewer near the end), with
 * intervals at {@code level}; each forecast is compared with what happened. The result holds, per step ahead
 * h = 1 … horizon, over all origins that reach it:
 * <ul>
 *   <li>MAE, RMSE, MAPE and sMAPE as {@link Accuracy} defines them (MAPE empty when an actual is zero);</li>
 *   <li>MASE = mean of |A − F| / q, where q is the mean absolute seasonal-naive error |y[t] − y[t − m]| over that
 *   origin's training periods, m = the periods per year (12 or 4) when the training part is longer than m, else
 *   1 (naive) — the scaling of Hyndman &amp; Koehler (2006) and R's {@code forecast::accuracy}; empty when some
 *   origin's q is 0 (a constant training part);</li>
 *   <li>interval coverage: the share of actuals within [lower, upper], over the forecasts that have an interval
 *   (empty when the method defines none).</li>
 * </ul>
 * The method is fitted afresh at every origin (its parameters re-fitted), as a host would re-forecast each
 * month. A training part too short for the method is refused by the method's own rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Backtest {
  /**
   * The accuracy of the forecasts made h periods ahead.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class HorizonAccuracy {
    private final int step;
    private final Accuracy accuracy;
    private final OptionalDouble mase;
    private final OptionalDouble coverage;

    private HorizonAccuracy(int step, Accuracy accuracy, OptionalDouble mase, OptionalDouble coverage) {
      this.step = step;
      this.accuracy = accuracy;
      this.mase = mase;
      this.coverage = coverage;
    }

    /** h: periods ahead (1 = the next period). */
    public int step() {
      return step;
    }

    /** The number of forecasts scored at this step. */
    public int count() {
      return accuracy.count();
    }

    /** Mean absolute error. */
    public OptionalDouble mae() {
      return accuracy.mae();
    }

    /** Root mean squared error. */
    public OptionalDouble rmse() {
      return accuracy.rmse();
    }

    /** Mean absolute percentage error in percent; empty when an actual is zero. */
    public OptionalDouble mape() {
      return accuracy.mape();
    }

    /** Symmetric MAPE in percent (0–200). */
    public OptionalDouble smape() {
      return accuracy.smape();
    }

    /** Mean absolute scaled error (see the class javadoc); empty when a scale is zero. */
    public OptionalDouble mase() {
      return mase;
    }

    /** Share (0–1) of actuals inside the prediction interval; empty when no interval is defined. */
    public OptionalDouble coverage() {
      return coverage;
    }

    @Override
    public String toString() {
      return "HorizonAccuracy[h=" + step + ", " + accuracy + ", MASE=" + mase + ", coverage=" + coverage + "]";
    }
  }

  private final String method;
  private final int origins;
  private final double level;
  private final List<HorizonAccuracy> byHorizon;

  private Backtest(String method, int origins, double level, List<HorizonAccuracy> byHorizon) {
    this.method = method;
    this.origins = origins;
    this.level = level;
    this.byHorizon = List.copyOf(byHorizon);
  }

  /**
   * Evaluates {@code method} on {@code series} from origin {@code initial} (the first training length, at least
   * 2 and below the series' size) for steps 1 … {@code horizon}, with intervals at {@code level} (e.g. 0.95).
   */
  public static Backtest rollingOrigin(ForecastMethod method, TimeSeries series, int initial, int horizon, double level) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(series, "series");
    double[] y = series.toArray();
    int n = y.length;
    if (initial < 2 || initial >= n) {
      throw Checks.fail("initial", "must be within [2, " + (n - 1) + "] (the series has " + n + " periods)", initial);
    }
    Checks.positive(horizon, "horizon");
    if (!(level > 0 && level < 1)) {
      throw Checks.fail("level", "must be within (0, 1)", level);
    }
    int ppy = series.frequency().periodsPerYear();
    List<List<double[]>> rows = new ArrayList<>(horizon);
    for (int h = 0; h < horizon; h++) {
      rows.add(new ArrayList<>());
    }
    boolean[] zeroScale = new boolean[horizon];
    String name = null;
    int origins = 0;
    for (int o = initial; o < n; o++) {
      FittedModel m = method.fit(series.head(o));
      name = name == null ? m.method() : name;
      int steps = Math.min(horizon, n - o);
      Forecast f = m.forecast(steps, level);
      int lag = o > ppy ? ppy : 1;
      double q = 0;
      for (int t = lag; t < o; t++) {
        q += Math.abs(y[t] - y[t - lag]);
      }
      q /= o - lag;
      for (int h = 1; h <= steps; h++) {
        ForecastPoint p = f.points().get(h - 1);
        double a = y[o + h - 1];
        boolean hasInterval = p.lower().isPresent() && p.upper().isPresent();
        double inside = hasInterval ? (a >= p.lower().getAsDouble() && a <= p.upper().getAsDouble() ? 1 : 0) : Double.NaN;
        rows.get(h - 1).add(new double[] {a, p.mean(), q, inside});
        zeroScale[h - 1] |= q == 0;
      }
      origins++;
    }
    List<HorizonAccuracy> out = new ArrayList<>(horizon);
    for (int h = 0; h < horizon; h++) {
      List<double[]> r = rows.get(h);
      double[] a = new double[r.size()];
      double[] fc = new double[r.size()];
      double scaled = 0;
      double covered = 0;
      int withInterval = 0;
      for (int i = 0; i < r.size(); i++) {
        double[] row = r.get(i);
        a[i] = row[0];
        fc[i] = row[1];
        scaled += Math.abs(row[0] - row[1]) / row[2];
        if (!Double.isNaN(row[3])) {
          covered += row[3];
          withInterval++;
        }
      }
      OptionalDouble mase = r.isEmpty() || zeroScale[h] ? OptionalDouble.empty() : OptionalDouble.of(scaled / r.size());
      OptionalDouble coverage = withInterval == 0 ? OptionalDouble.empty() : OptionalDouble.of(covered / withInterval);
      out.add(new HorizonAccuracy(h + 1, Accuracy.of(a, fc), mase, coverage));
    }
    return new Backtest(name, origins, level, out);
  }

  /** The fitted method's name (at the first origin). */
  public String method() {
    return method;
  }

  /** The number of origins (fits). */
  public int origins() {
    return origins;
  }

  /** The interval level scored by {@link HorizonAccuracy#coverage()}. */
  public double level() {
    return level;
  }

  /** The accuracy per step ahead, h = 1 … horizon. */
  public List<HorizonAccuracy> byHorizon() {
    return byHorizon;
  }

  @Override
  public String toString() {
    return "Backtest[" + method + ", " + origins + " origins, " + byHorizon.size() + " steps]";
  }
}
