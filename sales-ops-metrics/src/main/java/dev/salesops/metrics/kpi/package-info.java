/**
 * The KPI engine: {@link dev.salesops.metrics.kpi.DealRecord} (the input record), {@link
 * dev.salesops.metrics.kpi.KpiOptions}, the mergeable {@link dev.salesops.metrics.kpi.KpiAccumulator} and
 * {@link dev.salesops.metrics.kpi.BreakdownAccumulator}, their {@link dev.salesops.metrics.kpi.KpiCollectors},
 * and the results {@link dev.salesops.metrics.kpi.KpiReport}, {@link dev.salesops.metrics.kpi.CurrencyKpis},
 * {@link dev.salesops.metrics.kpi.KpiBreakdown}. Account-level and target KPIs that need inputs beyond deals
 * (spend, targets, customer revenue) are formulas in {@link dev.salesops.metrics.kpi.KpiFormulas} and the
 * mergeable {@link dev.salesops.metrics.kpi.RetentionAccumulator}.
 */
package dev.salesops.metrics.kpi;
