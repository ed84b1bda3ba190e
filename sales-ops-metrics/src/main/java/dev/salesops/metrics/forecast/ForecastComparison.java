package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Nullable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A forecast-vs-actual table: one row per forecast period, with the actual where the series has it, the
 * error {@code A − F}, the absolute percentage error (undefined when the actual is zero) and whether the
 * actual fell inside the prediction interval (when there is one); plus {@link Accuracy} over the rows that
 * have an actual. Periods of the forecast outside the actual series, or gaps in it, have an empty actual
 * and do not count in the accuracy.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ForecastComparison {
  /**
   * One period.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {
    private final YearMonth period;
    private final Double actual;  // null when absent
    private final double forecast;
    private final Double error;  // null when absent
    private final Double absolutePercentError;  // null when absent
    private final Boolean insideInterval;  // null when absent

    /**
     * Checks the parts.
     *
     * @param period the period
     * @param actual the actual, empty when unknown (gap or outside the series); {@code null} when absent
     * @param forecast the point forecast
     * @param error {@code actual − forecast}, empty without actual; {@code null} when absent
     * @param absolutePercentError {@code 100·|A − F|/|A|}, empty without actual or when it is zero; {@code null} when absent
     * @param insideInterval whether the actual lies within [lower, upper]; empty without actual or interval
     */
    public Row(YearMonth period, @Nullable Double actual, double forecast, @Nullable Double error, @Nullable Double absolutePercentError, @Nullable Boolean insideInterval) {
      Objects.requireNonNull(period, "period");
      this.period = period;
      this.actual = actual;
      this.forecast = forecast;
      this.error = error;
      this.absolutePercentError = absolutePercentError;
      this.insideInterval = insideInterval;
    }

    /** The {@code period}: the period. */
    public YearMonth period() {
      return period;
    }

    /** The {@code actual}: the actual, empty when unknown (gap or outside the series). */
    public OptionalDouble actual() {
      return actual == null ? OptionalDouble.empty() : OptionalDouble.of(actual);
    }

    /** The {@code forecast}: the point forecast. */
    public double forecast() {
      return forecast;
    }

    /** The {@code error}: {@code actual − forecast}, empty without actual. */
    public OptionalDouble error() {
      return error == null ? OptionalDouble.empty() : OptionalDouble.of(error);
    }

    /** The {@code absolutePercentError}: {@code 100·|A − F|/|A|}, empty without actual or when it is zero. */
    public OptionalDouble absolutePercentError() {
      return absolutePercentError == null ? OptionalDouble.empty() : OptionalDouble.of(absolutePercentError);
    }

    /** The {@code insideInterval}: whether the actual lies within [lower, upper]; empty without actual or interval. */
    public java.util.Optional<Boolean> insideInterval() {
      return java.util.Optional.ofNullable(insideInterval);
    }

    /** Equal when every part is equal (as a record's equality). */
    @Override
    public boolean equals(Object obj) {
      return obj == this || obj instanceof Row o
          && Objects.equals(period, o.period)
          && Objects.equals(actual, o.actual)
          && Double.compare(forecast, o.forecast) == 0
          && Objects.equals(error, o.error)
          && Objects.equals(absolutePercentError, o.absolutePercentError)
          && Objects.equals(insideInterval, o.insideInterval);
    }

    @Override
    public int hashCode() {
      return Objects.hash(period, actual, forecast, error, absolutePercentError, insideInterval);
    }

    /** As a record's: {@code Row[part=value, ...]}, absent parts as {@code Optional.empty}. */
    @Override
    public String toString() {
      return "Row[period=" + period + ", actual=" + actual() + ", forecast=" + forecast + ", error=" + error() + ", absolutePercentError=" + absolutePercentError() + ", insideInterval=" + insideInterval() + "]";
    }
  }

  private final List<Row> rows;
  private final Accuracy accuracy;

  private ForecastComparison(List<Row> rows, Accuracy accuracy) {
    this.rows = List.copyOf(rows);
    this.accuracy = accuracy;
  }

  /** Compares {@code forecast} with the values of {@code actual} in the same periods. */
  public static ForecastComparison of(Forecast forecast, TimeSeries actual) {
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(actual, "actual");
    List<Row> rows = new ArrayList<>();
    List<double[]> pairs = new ArrayList<>();
    for (ForecastPoint p : forecast.points()) {
      OptionalDouble a = valueAt(actual, p.period());
      if (a.isPresent()) {
        double av = a.getAsDouble();
        double e = av - p.mean();
        Double ape = av == 0 ? null : 100 * Math.abs(e) / Math.abs(av);
        Boolean inside = p.lower().isPresent() && p.upper().isPresent()
            ? av >= p.lower().getAsDouble() && av <= p.upper().getAsDouble() : null;
        rows.add(new Row(p.period(), av, p.mean(), e, ape, inside));
        pairs.add(new double[] {av, p.mean()});
      } else {
        rows.add(new Row(p.period(), a.isPresent() ? a.getAsDouble() : null, p.mean(), null, null, null));
      }
    }
    double[] av = new double[pairs.size()];
    double[] fv = new double[pairs.size()];
    for (int i = 0; i < av.length; i++) {
      av[i] = pairs.get(i)[0];
      fv[i] = pairs.get(i)[1];
    }
    return new ForecastComparison(rows, Accuracy.of(av, fv));
  }

  private static OptionalDouble valueAt(TimeSeries s, YearMonth period) {
    if (!s.frequency().periodOf(period).equals(period)) {
      return OptionalDouble.empty();
    }
    long months = java.time.temporal.ChronoUnit.MONTHS.between(s.start(), period);
    if (months < 0 || months % s.frequency().months() != 0) {
      return OptionalDouble.empty();
    }
    long i = months / s.frequency().months();
    return i < s.size() ? s.value((int) i) : OptionalDouble.empty();
  }

  /** The rows, one per forecast period, in order. */
  public List<Row> rows() {
    return rows;
  }

  /** Accuracy over the rows with an actual. */
  public Accuracy accuracy() {
    return accuracy;
  }

  @Override
  public String toString() {
    return "ForecastComparison[" + rows.size() + " rows, " + accuracy + "]";
  }
}
