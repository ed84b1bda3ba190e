/**
 * The stage funnel and its bottleneck: {@link dev.salesops.metrics.funnel.FunnelAccumulator} (mergeable,
 * over {@link dev.salesops.metrics.kpi.DealRecord}s and an ordered list of open stage codes supplied by the
 * caller) finishing to a {@link dev.salesops.metrics.funnel.Funnel} of {@link
 * dev.salesops.metrics.funnel.FunnelStage}s. See {@link dev.salesops.metrics.funnel.FunnelAccumulator} for the
 * exact rules of "reaching" a stage.
 */
package dev.salesops.metrics.funnel;
