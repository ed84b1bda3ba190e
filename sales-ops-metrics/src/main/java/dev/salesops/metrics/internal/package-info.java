/**
 * Not API: implementation helpers of the metrics module (exact samples and percentiles behind
 * {@code metrics.stats.Sample} and {@code Distribution}). Not exported by {@code module-info.java}.
 */
package dev.salesops.metrics.internal;
