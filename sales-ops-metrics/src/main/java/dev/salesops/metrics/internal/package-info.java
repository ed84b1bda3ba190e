/**
 * Not API: implementation helpers of the metrics module (the portable-state blocks one codec embeds in another,
 * {@link dev.salesops.metrics.internal.PortableBlocks}; exact samples and percentiles behind
 * {@code metrics.stats.Sample} and {@code Distribution}). Not exported by {@code module-info.java}.
 */
package dev.salesops.metrics.internal;
