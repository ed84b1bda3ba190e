package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.forecast.Forecast;
import dev.salesops.metrics.forecast.SeasonalIndices;
import dev.salesops.metrics.forecast.Seasonality;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Weights to split a whole by, in a fixed order (the order matters only for ties, which go to the
 * <em>earlier</em> key — see {@link TargetDecomposition}). Weights are non-negative with a positive sum.
 * Sources: explicit, even, historical share over a window, share of a forecast, seasonal indices.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> what is weighted: unit codes (regions, teams, reps, ...) or months
 */
public final class Weights<K> {
  private final Map<K, BigDecimal> weights;

  private Weights(Map<K, BigDecimal> weights) {
    this.weights = weights;
  }

  /** Explicit weights, in the map's iteration order (use a {@link LinkedHashMap} or sorted map for a stable order). */
  public static <K> Weights<K> explicit(Map<K, BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    LinkedHashMap<K, BigDecimal> copy = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<K, BigDecimal> e : weights.entrySet()) {
      K k = Objects.requireNonNull(e.getKey(), "weights key");
      BigDecimal w = Objects.requireNonNull(e.getValue(), "weights[" + k + "]");
      if (w.signum() < 0) {
        throw Checks.fail("weights[" + k + "]", "must not be negative", w.toPlainString());
      }
      copy.put(k, w);
      sum = sum.add(w);
    }
    if (copy.isEmpty()) {
      throw Checks.fail("weights", "must not be empty", "{}");
    }
    if (sum.signum() == 0) {
      throw Checks.fail("weights", "must have a positive sum", copy);
    }
    return new Weights<>(Collections.unmodifiableMap(copy));
  }

  /** Equal weights for {@code keys}, in order. */
  public static <K> Weights<K> evenly(List<K> keys) {
    Objects.requireNonNull(keys, "keys");
    LinkedHashMap<K, BigDecimal> m = new LinkedHashMap<>();
    for (K k : keys) {
      if (m.put(Objects.requireNonNull(k, "keys element"), BigDecimal.ONE) != null) {
        throw Checks.fail("keys", "must not repeat", k);
      }
    }
    return explicit(m);
  }

  /**
   * Historical share: each key's weight is the exact sum of its history over the months {@code from}–{@code to}
   * (inclusive; months outside are ignored, missing months count as nothing). A negative sum is refused.
   */
  public static <K> Weights<K> historicalShare(Map<K, ? extends SortedMap<YearMonth, BigDecimal>> history, YearMonth from, YearMonth to) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw Checks.fail("to", "must not be before from " + from, to);
    }
    LinkedHashMap<K, BigDecimal> m = new LinkedHashMap<>();
    history.forEach((k, series) -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal v : Objects.requireNonNull(series, "history[" + k + "]").subMap(from, to.plusMonths(1)).values()) {
        sum = sum.add(Objects.requireNonNull(v, "history[" + k + "] value"));
      }
      m.put(k, sum);
    });
    return explicit(m);
  }

  /**
   * Share of a forecast: each key's weight is the sum of its forecast's point forecasts over the months
   * {@code from}–{@code to}, taken as decimals ({@code BigDecimal.valueOf(double)}). Every month must be
   * forecast; a negative sum is refused (no silent clamping).
   */
  public static <K> Weights<K> forecastShare(Map<K, Forecast> forecasts, YearMonth from, YearMonth to) {
    Objects.requireNonNull(forecasts, "forecasts");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    LinkedHashMap<K, BigDecimal> m = new LinkedHashMap<>();
    forecasts.forEach((k, f) -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
        OptionalDouble v = Objects.requireNonNull(f, "forecasts[" + k + "]").mean(ym);
        if (v.isEmpty()) {
          throw Checks.fail("forecasts[" + k + "]", "must cover every month from " + from + " to " + to, "missing " + ym);
        }
        sum = sum.add(BigDecimal.valueOf(v.getAsDouble()));
      }
      m.put(k, sum);
    });
    return explicit(m);
  }

  /**
   * Month weights from multiplicative seasonal indices: each month of {@code period} weighs its index.
   * Additive indices are refused (they can be negative); so are negative indices.
   */
  public static Weights<YearMonth> seasonal(TargetPeriod period, SeasonalIndices indices) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(indices, "indices");
    if (indices.type() != Seasonality.MULTIPLICATIVE) {
      throw Checks.fail("indices", "must be multiplicative to weigh months", indices.type());
    }
    LinkedHashMap<YearMonth, BigDecimal> m = new LinkedHashMap<>();
    for (YearMonth ym : period.months()) {
      m.put(ym, BigDecimal.valueOf(indices.indexOf(ym)));
    }
    return explicit(m);
  }

  /** The weights in order. */
  public Map<K, BigDecimal> asMap() {
    return weights;
  }

  /** The sum of the weights. */
  public BigDecimal total() {
    return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The share of {@code key}: its weight over the total (undefined for an unknown key: 0/0). */
  public Ratio share(K key) {
    BigDecimal w = weights.get(key);
    return w == null ? Ratio.undefined() : Ratio.of(w, total());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights && ((Weights<?>) o).weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  @Override
  public String toString() {
    return "Weights" + weights;
  }
}
