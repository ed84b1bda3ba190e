package dev.salesops.metrics.forecast;

/**
 * A forecasting method: fits itself to a gap-free series and returns the fitted model, from which forecasts
 * of any horizon are read. Implementations are immutable configurations and thread-safe.
 */
public interface ForecastMethod {
  /**
   * Fits the method to {@code series}.
   *
   * @throws dev.salesops.core.validation.ValidationException when the series has gaps or is too short for the
   *     method (the message names the rule)
   */
  FittedModel fit(TimeSeries series);
}
