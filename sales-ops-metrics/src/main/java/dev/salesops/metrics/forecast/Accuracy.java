package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Forecast accuracy over n pairs of actual A and forecast F:
 * <ul>
 *   <li>MAE = Σ|A − F| / n;</li>
 *   <li>RMSE = sqrt(Σ(A − F)² / n);</li>
 *   <li>MAPE = 100 · Σ|A − F| / |A| / n, in percent; <b>undefined</b> (empty) when any actual is zero;</li>
 *   <li>sMAPE = 100 · Σ 2|A − F| / (|A| + |F|) / n, in percent (0 to 200); a pair with A = F = 0 counts as 0
 *   (a perfect forecast of nothing).</li>
 * </ul>
 * With no pairs every measure is empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Accuracy {
  private final int count;
  private final OptionalDouble mae;
  private final OptionalDouble rmse;
  private final OptionalDouble mape;
  private final OptionalDouble smape;

  private Accuracy(int count, OptionalDouble mae, OptionalDouble rmse, OptionalDouble mape, OptionalDouble smape) {
    this.count = count;
    this.mae = mae;
    this.rmse = rmse;
    this.mape = mape;
    this.smape = smape;
  }

  /** Accuracy of {@code forecast} against {@code actual}, pairwise (equal lengths, finite values). */
  public static Accuracy of(double[] actual, double[] forecast) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(forecast, "forecast");
    if (actual.length != forecast.length) {
      throw Checks.fail("forecast", "must have as many values as actual (" + actual.length + ")", forecast.length);
    }
    int n = actual.length;
    if (n == 0) {
      return new Accuracy(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
    double abs = 0;
    double sq = 0;
    double ape = 0;
    boolean zero = false;
    double sape = 0;
    for (int i = 0; i < n; i++) {
      double a = Checks.finite(actual[i], "actual[" + i + "]");
      double f = Checks.finite(forecast[i], "forecast[" + i + "]");
      double e = Math.abs(a - f);
      abs += e;
      sq += e * e;
      if (a == 0) {
        zero = true;
      } else {
        ape += e / Math.abs(a);
      }
      double d = Math.abs(a) + Math.abs(f);
      sape += d == 0 ? 0 : 2 * e / d;
    }
    return new Accuracy(n, OptionalDouble.of(abs / n), OptionalDouble.of(Math.sqrt(sq / n)),
        zero ? OptionalDouble.empty() : OptionalDouble.of(100 * ape / n), OptionalDouble.of(100 * sape / n));
  }

  /** The number of pairs. */
  public int count() {
    return count;
  }

  /** Mean absolute error; empty without pairs. */
  public OptionalDouble mae() {
    return mae;
  }

  /** Root mean squared error; empty without pairs. */
  public OptionalDouble rmse() {
    return rmse;
  }

  /** Mean absolute percentage error in percent; empty when an actual is zero or without pairs. */
  public OptionalDouble mape() {
    return mape;
  }

  /** Symmetric MAPE in percent (0–200); empty without pairs. */
  public OptionalDouble smape() {
    return smape;
  }

  @Override
  public String toString() {
    return "Accuracy[n=" + count + ", MAE=" + s(mae) + ", RMSE=" + s(rmse) + ", MAPE=" + s(mape) + ", sMAPE=" + s(smape) + "]";
  }

  private static String s(OptionalDouble d) {
    return d.isPresent() ? String.valueOf(d.getAsDouble()) : "undefined";
  }
}
