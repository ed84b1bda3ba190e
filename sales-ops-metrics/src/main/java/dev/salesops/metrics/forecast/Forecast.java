package dev.salesops.metrics.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Point forecasts (and intervals where defined) for the periods after a series, with the method and the
 * parameters that produced them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Forecast {
  private final String method;
  private final Map<String, Double> parameters;
  private final List<ForecastPoint> points;
  private final OptionalDouble level;
  private final Frequency frequency;

  Forecast(String method, Map<String, Double> parameters, List<ForecastPoint> points, OptionalDouble level, Frequency frequency) {
    this.frequency = frequency;
    this.method = method;
    this.parameters = parameters;
    this.points = List.copyOf(points);
    this.level = level;
  }

  /** The method's name, e.g. {@code "Holt-Winters multiplicative"}. */
  public String method() {
    return method;
  }

  /** The parameters used (given or fitted), by name ({@code alpha}, {@code beta}, {@code gamma}, ...). */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /** The forecast periods in order. */
  public List<ForecastPoint> points() {
    return points;
  }

  /** The frequency of the forecast periods (that of the series the model was fitted to). */
  public Frequency frequency() {
    return frequency;
  }

  /** The confidence level of the intervals (e.g. 0.95), empty when no interval was asked for. */
  public OptionalDouble level() {
    return level;
  }

  /** The point forecast for {@code period}, empty when the period is not forecast. */
  public OptionalDouble mean(YearMonth period) {
    Objects.requireNonNull(period, "period");
    for (ForecastPoint p : points) {
      if (p.period().equals(period)) {
        return OptionalDouble.of(p.mean());
      }
    }
    return OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return "Forecast[" + method + " " + parameters + ", " + points.size() + " periods]";
  }
}
