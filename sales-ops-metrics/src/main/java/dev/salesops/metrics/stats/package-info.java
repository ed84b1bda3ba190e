/**
 * Exact and approximate order statistics for KPIs: {@link dev.salesops.metrics.stats.Sample} (a mergeable
 * sample of {@code long} values), {@link dev.salesops.metrics.stats.Distribution} (count, mean, median, p90 of a
 * sample; percentiles by linear interpolation, Excel {@code PERCENTILE.INC} / R type 7, or nearest rank, see
 * {@link dev.salesops.metrics.stats.PercentileMethod}) and {@link dev.salesops.metrics.stats.QuantileMode}
 * (exact, or a bounded-memory KLL sketch, opt-in).
 */
package dev.salesops.metrics.stats;
