package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Seasonal indices per position in the year (January … December, or Q1 … Q4) from R's classical
 * {@code decompose()} of a whole series (see {@link ExponentialSmoothing} for the method): multiplicative
 * indices average 1 (a month with index 1.2 is 20% above an average month), additive ones average 0.
 * Targets are spread across months by multiplicative indices.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeasonalIndices {
  private final Frequency frequency;
  private final Seasonality type;
  private final List<Double> byPosition;

  private SeasonalIndices(Frequency frequency, Seasonality type, List<Double> byPosition) {
    this.frequency = frequency;
    this.type = type;
    this.byPosition = byPosition;
  }

  /**
   * Indices of {@code series} (gap-free, at least two full years; multiplicative needs non-zero data and a
   * positive trend) by R's {@code decompose(x, type)}.
   */
  public static SeasonalIndices of(TimeSeries series, Seasonality type) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(type, "type");
    if (type == Seasonality.NONE) {
      throw Checks.fail("type", "must be ADDITIVE or MULTIPLICATIVE", type);
    }
    double[] x = series.toArray();
    int f = series.frequency().periodsPerYear();
    ClassicalDecomposition.Result d = ClassicalDecomposition.of(x, x.length, f, type == Seasonality.MULTIPLICATIVE);
    int offset = (series.start().getMonthValue() - 1) / series.frequency().months();
    Double[] pos = new Double[f];
    for (int i = 0; i < f; i++) {
      pos[(offset + i) % f] = d.figure[i];
    }
    List<Double> list = new ArrayList<>(f);
    Collections.addAll(list, pos);
    return new SeasonalIndices(series.frequency(), type, List.copyOf(list));
  }

  /** Given indices by position in the year (12 monthly or 4 quarterly values, January/Q1 first). */
  public static SeasonalIndices of(Frequency frequency, Seasonality type, List<Double> byPosition) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(byPosition, "byPosition");
    if (byPosition.size() != frequency.periodsPerYear()) {
      throw Checks.fail("byPosition", "must have " + frequency.periodsPerYear() + " values", byPosition.size());
    }
    for (int i = 0; i < byPosition.size(); i++) {
      Checks.finite(Objects.requireNonNull(byPosition.get(i), "byPosition[" + i + "]"), "byPosition[" + i + "]");
    }
    return new SeasonalIndices(frequency, type, List.copyOf(byPosition));
  }

  /** The frequency. */
  public Frequency frequency() {
    return frequency;
  }

  /** Additive or multiplicative. */
  public Seasonality type() {
    return type;
  }

  /** The indices by position in the year, January (or Q1) first. */
  public List<Double> byPosition() {
    return byPosition;
  }

  /** The index of the period containing {@code month}. */
  public double indexOf(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return byPosition.get((month.getMonthValue() - 1) / frequency.months());
  }

  @Override
  public String toString() {
    return "SeasonalIndices[" + type + " " + byPosition + "]";
  }
}
