package dev.salesops.metrics.forecast;

/**
 * A method could not be fitted to a series although the series met the method's input rules: the parameter
 * search found no parameters with a finite sum of squared errors (values so extreme that the filter
 * overflows), or it did not converge. The message names the method and the reason; it carries no series values.
 */
public final class ForecastFitException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  ForecastFitException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }
}
