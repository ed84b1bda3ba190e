/**
 * Exact and approximate order statistics for KPIs: {@link dev.salesops.metrics.stats.LongSample} (a
 * mergeable, growable sample of {@code long} values), {@link dev.salesops.metrics.stats.Percentiles} (linear
 * interpolation, Excel {@code PERCENTILE.INC} / R type 7, and nearest rank), {@link
 * dev.salesops.metrics.stats.Distribution} (count, mean, median, p90 of a sample) and {@link
 * dev.salesops.metrics.stats.QuantileMode} (exact, or a bounded-memory KLL sketch, opt-in).
 */
package dev.salesops.metrics.stats;
