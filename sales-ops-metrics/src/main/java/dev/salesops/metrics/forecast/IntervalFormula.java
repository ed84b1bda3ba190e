package dev.salesops.metrics.forecast;

/**
 * How {@link ExponentialSmoothing} computes prediction intervals. The two differ only for multiplicative
 * seasonality; for additive and non-seasonal models both give R's {@code predict.HoltWinters} interval, which
 * is the exact one of the additive model (Hyndman et al. 2008, class 1).
 */
public enum IntervalFormula {
  /**
   * The default. Multiplicative seasonality: the first-order (delta-method) linearisation of the
   * additive-error Holt-Winters model around its point forecast — the same ψ-weights that R's
   * {@code predict.HoltWinters} intends, with the ratios taken between the seasonal factors (and levels) of
   * the forecast periods. Formula in {@link ExponentialSmoothing}'s javadoc. A constant series (all one-step
   * residuals zero) gets a zero-width interval.
   */
  LINEARISED,
  /**
   * R's {@code predict.HoltWinters} exactly as R 4.x computes it, for checking against R: for multiplicative
   * seasonality it divides by R's coefficient vector at a shifted index (by the trend {@code b} when the index
   * wraps to 0, and {@code ψ(0)} is not 1), so intervals can be far too wide; without a trend R gives NA and
   * the interval is empty here.
   */
  R_COMPATIBLE
}
