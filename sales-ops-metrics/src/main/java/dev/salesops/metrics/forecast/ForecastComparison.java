package dev.salesops.metrics.forecast;

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
   * <p>This record is immutable and thread-safe.
   *
   * @param period the period
   * @param actual the actual, empty when unknown (gap or outside the series)
   * @param forecast the point forecast
   * @param error {@code actual − forecast}, empty without actual
   * @param absolutePercentError {@code 100·|A − F|/|A|}, empty without actual or when it is zero
   * @param insideInterval whether the actual lies within [lower, upper]; empty without actual or interval
   */
  public record Row(YearMonth period, OptionalDouble actual, double forecast, OptionalDouble error, OptionalDouble absolutePercentError,
      java.util.Optional<Boolean> insideInterval) {
    /** Checks the parts. */
    public Row {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(absolutePercentError, "absolutePercentError");
      Objects.requireNonNull(insideInterval, "insideInterval");
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
        OptionalDouble ape = av == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * Math.abs(e) / Math.abs(av));
        java.util.Optional<Boolean> inside = p.lower().isPresent() && p.upper().isPresent()
            ? java.util.Optional.of(av >= p.lower().getAsDouble() && av <= p.upper().getAsDouble()) : java.util.Optional.empty();
        rows.add(new Row(p.period(), a, p.mean(), OptionalDouble.of(e), ape, inside));
        pairs.add(new double[] {av, p.mean()});
      } else {
        rows.add(new Row(p.period(), a, p.mean(), OptionalDouble.empty(), OptionalDouble.empty(), java.util.Optional.empty()));
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
