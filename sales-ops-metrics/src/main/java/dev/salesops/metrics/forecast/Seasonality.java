package dev.salesops.metrics.forecast;

/** How a seasonal component combines with level and trend. */
public enum Seasonality {
  /** No seasonal component. */
  NONE,
  /** {@code x = level + trend + season} (R's {@code seasonal = "additive"}). */
  ADDITIVE,
  /** {@code x = (level + trend) × season} (R's {@code seasonal = "multiplicative"}); data must be non-zero. */
  MULTIPLICATIVE
}
