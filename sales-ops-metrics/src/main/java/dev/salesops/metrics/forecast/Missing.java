package dev.salesops.metrics.forecast;

/** What a period without any record becomes when a {@link TimeSeries} is built from dated values. */
public enum Missing {
  /** An explicit zero (e.g. no deal won that month means revenue 0). */
  ZERO,
  /**
   * A gap: the period has no value. Forecasting methods refuse a series with gaps (naming the first missing
   * period); accuracy tables skip the gap.
   */
  GAP
}
